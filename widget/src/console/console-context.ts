/** Console: what every section works with, handed down once instead of through every component. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Fetcher } from '../api/fetcher.js';

/** The signed-in moderator's working context. */
export interface ConsoleEnv {
  api: Fetcher;
  /** The site being moderated. */
  site: string;
  /** Admins also see the site settings. */
  admin: boolean;
  /** The operator (Cognito group `admins`): also switches the settings only they may change. */
  operator: boolean;
  /** Reads a result out in the console's status region (aria-live). */
  announce(message: string): void;
}

/** Provided by the shell once the moderator is signed in. */
export const ConsoleContext = createContext<ConsoleEnv | undefined>(undefined);

/** The console context; only used below the shell, where it is always provided. */
export function useConsole(): ConsoleEnv {
  const env = useContext(ConsoleContext);
  if (!env) throw new Error('useConsole() outside the console shell');
  return env;
}
