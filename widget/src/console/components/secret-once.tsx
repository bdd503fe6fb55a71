/**
 * Console: a secret shown once (a webhook's signing secret, a site's SSO secret): the box says
 * to copy it now, and "J'ai copié le secret" closes it for good.
 */
import type { ComponentChildren } from 'preact';

export interface SecretOnceProps {
  title: string;
  value: string;
  hint: string;
  done: string;
  onDone(): void;
  /** What the secret is for (a webhook's URL), above it. */
  children?: ComponentChildren;
}

export function SecretOnce({ title, value, hint, done, onDone, children }: SecretOnceProps) {
  return (
    <div class="webhook-secret" role="alert">
      <h2>{title}</h2>
      {children}
      <p>
        <code class="webhook-secret__value">{value}</code>
      </p>
      <p>{hint}</p>
      <button type="button" onClick={onDone}>
        {done}
      </button>
    </div>
  );
}
