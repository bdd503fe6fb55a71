/**
 * Console: a site's settings, for admins: loaded with GET, saved with PUT. A refused value keeps
 * the form as typed and shows the server's words next to the field concerned.
 */
import { useEffect, useState } from 'preact/hooks';
import { type AnyErrorCode, ApiError, errorCode } from '../../api/api-error.js';
import { getSite, updateSite } from '../../api/moderation.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { useI18n } from '../../i18n/index.js';
import { issueTexts } from '../../i18n/issue-messages.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { SettingsForm } from './settings-form.js';
import { issuesBySetting, type SettingsDraft, toChanges, toDraft } from './settings-model.js';
import { SsoKeysSection } from './sso-keys-section.js';

/** The settings of the console's site. */
export function SettingsPage() {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().siteSettings;
  const { lang } = useI18n();
  const [draft, setDraft] = useState<SettingsDraft>();
  const [loadError, setLoadError] = useState<AnyErrorCode>();
  const [issues, setIssues] = useState<Record<string, string[]>>({});

  useEffect(() => {
    getSite(api, site).then(
      (answer) => setDraft(toDraft(answer.site)),
      (failure: unknown) => setLoadError(errorCode(failure)),
    );
  }, []);
  // A key turns the site's `sso` switch on or off: the form follows it, keeping what is typed.
  const ssoChanged = () =>
    getSite(api, site).then(
      (answer) => setDraft((d) => d && { ...d, sso: answer.site.sso }),
      () => undefined,
    );

  const save = useAction(async () => {
    if (!draft) return;
    setIssues({});
    try {
      const answer = await updateSite(api, site, toChanges(draft));
      setDraft(toDraft(answer.site));
      announce(m.saved);
    } catch (failure) {
      if (failure instanceof ApiError) setIssues(issuesBySetting(failure.issues, issueTexts[lang]));
      throw failure;
    }
  });

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{m.title(site)}</h1>
      <ConsoleError code={loadError} />
      {draft && (
        <SettingsForm
          draft={draft}
          issues={issues}
          busy={save.busy}
          error={save.error}
          onChange={(change) => setDraft((d) => d && { ...d, ...change })}
          onSubmit={save.run}
        />
      )}
      {draft && <SsoKeysSection onChange={ssoChanged} />}
    </section>
  );
}
