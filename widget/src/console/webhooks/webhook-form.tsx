/** Console: the form that registers a webhook endpoint (URL, events, description). */
import { useId, useState } from 'preact/hooks';
import type { EventType } from '../../../../functions/events/types.js';
import type { AnyErrorCode } from '../../api/api-error.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';

/** The events an endpoint may subscribe to, in the order offered. */
export const WEBHOOK_EVENTS: readonly EventType[] = [
  'comment.created',
  'comment.published',
  'comment.refused',
  'comment.deleted',
  'comment.edited',
  'comment.reported',
  'notice.received',
  'decision.made',
];

/** Props of WebhookForm. */
export interface WebhookFormProps {
  busy: boolean;
  error: AnyErrorCode | undefined;
  onSubmit(url: string, events: EventType[], description: string): Promise<boolean>;
}

/** URL, events (all ticked but the edits), description; cleared once the endpoint is added. */
export function WebhookForm({ busy, error, onSubmit }: WebhookFormProps) {
  const m = useConsoleText().webhooks;
  const id = useId();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>(WEBHOOK_EVENTS.filter((e) => e !== 'comment.edited'));
  const toggle = (event: EventType, on: boolean) =>
    setEvents((list) => (on ? [...list, event] : list.filter((e) => e !== event)));
  return (
    <form
      class="webhook-form"
      aria-labelledby={`${id}-title`}
      onSubmit={async (submitted) => {
        submitted.preventDefault();
        if (await onSubmit(url.trim(), events, description.trim())) {
          setUrl('');
          setDescription('');
        }
      }}
    >
      <h2 id={`${id}-title`}>{m.addTitle}</h2>
      <p>
        <label for={`${id}-url`}>{m.url}</label>{' '}
        <input
          id={`${id}-url`}
          type="url"
          required
          size={50}
          placeholder="https://"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </p>
      <fieldset>
        <legend>{m.events}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} class="webhook-form__event">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.currentTarget.checked)}
            />{' '}
            <code>{event}</code>
          </label>
        ))}
      </fieldset>
      <p>
        <label for={`${id}-description`}>{m.description}</label>{' '}
        <input
          id={`${id}-description`}
          maxLength={200}
          size={40}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </p>
      <ConsoleError code={error} />
      <button type="submit" disabled={busy || events.length === 0}>
        {m.add}
      </button>
    </form>
  );
}
