/** Accounts: the public shapes of the accounts API, types only (the widget imports them). */
export type Role = 'moderator' | 'admin';

export interface PublicUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/** Login and refresh answers. */
export interface Session {
  idToken: string;
  accessToken: string;
  /** Absent on refresh (the refresh token stays the same). */
  refreshToken?: string;
  expiresIn: number;
  user: PublicUser;
}

/** The caller's account as `GET /v1/me` and `PATCH /v1/me` answer it. */
export interface Me {
  user: PublicUser & { alerts: { replies: boolean } };
}
