/**
 * Console: the site's own sign-in (SSO, docs/sso.md), for admins: its signing keys, a new secret
 * (shown once), the publisher's public key or JWKS URL, and revoking a key. The settings form
 * above holds the switches (`sso`, `accounts`, `ssoRoleClaims`).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  addSsoPublicKey,
  addSsoSecret,
  listSsoKeys,
  revokeSsoKey,
  type SsoKeySummary,
} from '../../api/sso-keys.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { SecretOnce } from '../components/secret-once.js';
import { useConsole } from '../console-context.js';

/** The SSO keys of the console's site. */
export function SsoKeysSection({ onChange }: { onChange(): void }) {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().sso;
  const { lang } = useI18n();
  const [keys, setKeys] = useState<SsoKeySummary[]>();
  const [secret, setSecret] = useState<{ kid: string; value: string }>();
  const [alg, setAlg] = useState<'ES256' | 'RS256'>('ES256');
  const [material, setMaterial] = useState('');
  // Revoking takes a second press on the same line: tokens it signs are refused at once.
  const [confirming, setConfirming] = useState<string>();

  const load = useAction(async () => setKeys((await listSsoKeys(api, site)).keys));
  useEffect(() => void load.run(), []);
  const changed = async (message: string) => {
    announce(message);
    await load.run();
    onChange();
  };
  const create = useAction(async () => {
    const made = await addSsoSecret(api, site);
    setSecret({ kid: made.kid, value: made.secret ?? '' });
    await changed(m.created);
  });
  const register = useAction(async (event: Event) => {
    event.preventDefault();
    const text = material.trim();
    const key = /^https?:\/\//.test(text) ? { alg, jwksUrl: text } : { alg, publicKeyPem: text };
    await addSsoPublicKey(api, site, key);
    setMaterial('');
    await changed(m.registered);
  });
  const revoke = useAction(async (kid: string) => {
    if (confirming !== kid) return setConfirming(kid);
    setConfirming(undefined);
    await revokeSsoKey(api, site, kid);
    await changed(m.revoked);
  });
  const active = keys?.filter((key) => !key.revokedAt) ?? [];

  return (
    <section aria-labelledby="sso-title" class="sso-keys">
      <h2 id="sso-title">{m.title}</h2>
      <p>{m.intro}</p>
      <ConsoleError code={load.error ?? create.error ?? register.error ?? revoke.error} />
      {secret && (
        <SecretOnce
          title={m.secretTitle(secret.kid)}
          value={secret.value}
          hint={m.secretHint}
          done={m.secretDone}
          onDone={() => setSecret(undefined)}
        />
      )}
      {keys?.length === 0 && <p>{m.none}</p>}
      <ul class="webhook-list">
        {keys?.map((key) => (
          <li key={key.kid} class="webhook-list__item">
            <p>
              <code>{key.kid}</code> {key.alg} · {m.kinds[key.kind]}
              {key.jwksUrl ? ` · ${key.jwksUrl}` : ''} · {m.createdAt(fullDate(key.createdAt, lang))}
              {key.revokedAt ? ` · ${m.revokedAt(fullDate(key.revokedAt, lang))}` : ''}
            </p>
            {!key.revokedAt && (
              <button type="button" disabled={revoke.busy} onClick={() => revoke.run(key.kid)}>
                {confirming === key.kid ? m.confirmRevoke(key.kid) : m.revoke}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" disabled={create.busy} onClick={() => create.run()}>
          {active.length ? m.rotate : m.enable}
        </button>
      </p>
      <form onSubmit={register.run}>
        <h3>{m.publicKeyTitle}</h3>
        <label>
          {m.algorithm}{' '}
          <select value={alg} onChange={(e) => setAlg(e.currentTarget.value as 'ES256' | 'RS256')}>
            <option value="ES256">ES256</option>
            <option value="RS256">RS256</option>
          </select>
        </label>
        <label>
          {m.material}
          <textarea rows={4} value={material} onInput={(e) => setMaterial(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={register.busy || !material.trim()}>
          {m.register}
        </button>
      </form>
    </section>
  );
}
