/** Console: an endpoint's delivery log, newest first, with "send again" on each row. */
import { useEffect, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import {
  resendWebhook,
  type WebhookDelivery,
  type WebhookEndpoint,
  webhookDeliveries,
} from '../../api/webhooks.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

/** Props of WebhookLog. */
export interface WebhookLogProps {
  endpoint: WebhookEndpoint;
  /** Bumped by the page after a test event, to read the log again. */
  version: number;
}

/** The log table of one endpoint. */
export function WebhookLog({ endpoint, version }: WebhookLogProps) {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().webhooks;
  const { lang } = useI18n();
  const [rows, setRows] = useState<WebhookDelivery[]>();
  const [loadError, setLoadError] = useState<AnyErrorCode>();
  const load = () =>
    webhookDeliveries(api, site, endpoint.id).then(
      (answer) => setRows(answer.deliveries),
      (failure: unknown) => setLoadError(errorCode(failure)),
    );
  useEffect(() => void load(), [version]);
  const resend = useAction(async (eventId: string) => {
    const answer = await resendWebhook(api, site, endpoint.id, eventId);
    announce(m.resent(m.deliveryStatus[answer.status as WebhookDelivery['status']] ?? answer.status));
    await load();
  });

  if (loadError) return <ConsoleError code={loadError} />;
  if (!rows) return null;
  if (rows.length === 0) return <p>{m.noDeliveries}</p>;
  return (
    <>
      <ConsoleError code={resend.error} />
      <table class="webhook-log">
        <caption>{m.logCaption(endpoint.url)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.at}</th>
            <th scope="col">{m.columns.type}</th>
            <th scope="col">{m.columns.attempt}</th>
            <th scope="col">{m.columns.result}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.action}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.at}#${row.eventId}`}>
              <td>{fullDate(row.at, lang)}</td>
              <td>
                <code>{row.type}</code>
              </td>
              <td>{row.attempt}</td>
              <td>{row.statusCode ?? row.error ?? ''}</td>
              <td>{m.deliveryStatus[row.status]}</td>
              <td>
                <button type="button" disabled={resend.busy} onClick={() => resend.run(row.eventId)}>
                  {m.sendAgain}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
