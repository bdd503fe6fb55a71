/**
 * Console: "Mes alertes", the staff member's own alerts on the console's site: how often the
 * digest of the queues comes (radios), and an email at once for each illegal-content notice (a
 * checkbox). Loaded with GET, saved with PUT; a refusal is shown above the button.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { type DigestFrequency, type ModeratorAlerts, readAlerts, saveAlerts } from '../../api/alerts.js';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { ChoiceGroup } from '../settings/choice-group.js';

const FREQUENCIES: readonly DigestFrequency[] = ['off', '15m', '1h', '1d'];

/** The caller's alerts on the console's site. */
export function AlertsPage() {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().alerts;
  const { lang } = useI18n();
  const hint = useId();
  const [saved, setSaved] = useState<ModeratorAlerts>();
  const [digest, setDigest] = useState<DigestFrequency>('off');
  const [notices, setNotices] = useState(false);
  const [loadError, setLoadError] = useState<AnyErrorCode>();

  const show = (alerts: ModeratorAlerts) => {
    setSaved(alerts);
    setDigest(alerts.digest);
    setNotices(alerts.notices);
  };
  useEffect(() => {
    readAlerts(api, site).then(show, (failure: unknown) => setLoadError(errorCode(failure)));
  }, []);

  const save = useAction(async () => {
    show(await saveAlerts(api, site, { digest, notices }));
    announce(m.saved);
  });

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">{m.title(site)}</h1>
      <p>{m.intro}</p>
      <ConsoleError code={loadError} />
      {saved && (
        <form
          class="settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <ChoiceGroup
            legend={m.digest}
            options={FREQUENCIES.map((value) => ({ value, label: m.frequencies[value] }))}
            value={digest}
            onChange={(value) => setDigest(value as DigestFrequency)}
          />
          <p>
            <small>{m.nextDigest(saved.nextDigestAt && fullDate(saved.nextDigestAt, lang))}</small>
          </p>
          <p class="f check">
            <label>
              <input
                type="checkbox"
                checked={notices}
                aria-describedby={hint}
                onChange={(event) => setNotices(event.currentTarget.checked)}
              />{' '}
              {m.notices}
            </label>
            <small id={hint}>{m.noticesHint}</small>
          </p>
          <ConsoleError code={save.error} />
          <button type="submit" disabled={save.busy}>
            {m.save}
          </button>
        </form>
      )}
    </section>
  );
}
