/**
 * Console: a site's webhook endpoints, for admins: the list (status, last delivery), the form to
 * add one (its secret shown once, right after), a test event, the delivery log and deletion.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EventType } from '../../../../functions/events/types.js';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  testWebhook,
  type WebhookEndpoint,
} from '../../api/webhooks.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { SecretOnce } from '../components/secret-once.js';
import { useConsole } from '../console-context.js';
import { WebhookForm } from './webhook-form.js';
import { WebhookLog } from './webhook-log.js';

/** The webhooks of the console's site. */
export function WebhooksPage() {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().webhooks;
  const { lang } = useI18n();
  const [endpoints, setEndpoints] = useState<WebhookEndpoint[]>();
  const [loadError, setLoadError] = useState<AnyErrorCode>();
  // The secret of the endpoint just added: in memory only, gone once acknowledged.
  const [secret, setSecret] = useState<{ url: string; value: string }>();
  const [open, setOpen] = useState<string>();
  const [version, setVersion] = useState(0);

  const load = () =>
    listWebhooks(api, site).then(
      (answer) => setEndpoints(answer.endpoints),
      (failure: unknown) => setLoadError(errorCode(failure)),
    );
  useEffect(() => void load(), []);

  let added = false;
  const add = useAction(async (url: string, events: EventType[], description: string) => {
    const answer = await createWebhook(api, site, url, events, description);
    setSecret({ url: answer.endpoint.url, value: answer.secret });
    added = true;
    await load();
  });
  const test = useAction(async (id: string) => {
    const answer = await testWebhook(api, site, id);
    announce(m.testSent(m.deliveryStatus[answer.status as 'sent'] ?? answer.status));
    setOpen(id);
    setVersion((v) => v + 1);
    await load();
  });
  const remove = useAction(async (endpoint: WebhookEndpoint) => {
    if (!confirm(m.confirmDelete(endpoint.url))) return;
    await deleteWebhook(api, site, endpoint.id);
    announce(m.deleted);
    await load();
  });

  return (
    <section aria-labelledby="webhooks-title" class="webhooks">
      <h1 id="webhooks-title">{m.title(site)}</h1>
      <p>{m.intro}</p>
      <ConsoleError code={loadError ?? test.error ?? remove.error} />
      {secret && (
        <SecretOnce
          title={m.secretTitle}
          value={secret.value}
          hint={m.secretHint}
          done={m.secretDone}
          onDone={() => setSecret(undefined)}
        >
          <p>{secret.url}</p>
        </SecretOnce>
      )}
      {endpoints?.length === 0 && <p>{m.none}</p>}
      <ul class="webhook-list">
        {endpoints?.map((endpoint) => (
          <li key={endpoint.id} class="webhook-list__item">
            <p>
              <strong>{endpoint.url}</strong> <span class="webhook-status">{m.status[endpoint.status]}</span>
            </p>
            {endpoint.description && <p>{endpoint.description}</p>}
            <p>
              {endpoint.events.map((event) => (
                <code key={event}>{event} </code>
              ))}
            </p>
            {endpoint.lastDelivery && (
              <p>
                {m.lastDelivery(
                  fullDate(endpoint.lastDelivery.at, lang),
                  String(endpoint.lastDelivery.statusCode ?? m.deliveryStatus[endpoint.lastDelivery.status]),
                )}
              </p>
            )}
            <p>
              <button type="button" disabled={test.busy} onClick={() => test.run(endpoint.id)}>
                {m.test}
              </button>{' '}
              <button
                type="button"
                aria-expanded={open === endpoint.id}
                onClick={() => setOpen(open === endpoint.id ? undefined : endpoint.id)}
              >
                {open === endpoint.id ? m.hideLog : m.log}
              </button>{' '}
              <button type="button" disabled={remove.busy} onClick={() => remove.run(endpoint)}>
                {m.delete}
              </button>
            </p>
            {open === endpoint.id && <WebhookLog endpoint={endpoint} version={version} />}
          </li>
        ))}
      </ul>
      <WebhookForm
        busy={add.busy}
        error={add.error}
        onSubmit={async (url, events, description) => {
          added = false;
          await add.run(url, events, description);
          return added;
        }}
      />
    </section>
  );
}
