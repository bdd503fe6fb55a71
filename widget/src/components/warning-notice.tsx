/**
 * Components: the moderators' warning to the signed-in reader, above the thread, until they
 * dismiss it ("J'ai compris"); the dismissal is stored, so it is not shown again on any device.
 * The embed loads this file, with its texts, as a chunk only when the thread answer carries one;
 * like the staff menu it takes what the kit holds as props and imports none of the kit's modules.
 */
import { Component } from 'preact';
import type { ReaderWarning, WarningDismissed } from '../../../functions/comments/types.js';
import type { AnyErrorCode } from '../api/api-error.js';
import type { Fetcher } from '../api/fetcher.js';
import type { Lang } from '../i18n/index.js';
import type { ErrorText } from './error-text.js';
import type { FoldedText } from './folded-text.js';

const texts = {
  fr: { title: 'Message des modérateurs', ok: 'J’ai compris' },
  en: { title: 'A message from the moderators', ok: 'Got it' },
};

const CSS =
  '.wn{border:1px solid var(--l);border-inline-start:4px solid var(--d);border-radius:var(--rd);padding:.5em .8em;margin:.5em 0}';

/** Props of WarningNotice. */
export interface WarningNoticeProps {
  warning: ReaderWarning;
  api: Fetcher;
  site: string;
  lang: Lang;
  onDismissed(): void;
  Text: typeof FoldedText;
  Err: typeof ErrorText;
}

/** The warning's words, and the button that dismisses it. */
export class WarningNotice extends Component<WarningNoticeProps, { busy?: boolean; error?: AnyErrorCode }> {
  dismiss = async () => {
    const { warning, api, site, onDismissed } = this.props;
    this.setState({ busy: true, error: undefined });
    try {
      await api<WarningDismissed>('DELETE', `/v1/warnings/${encodeURIComponent(warning.id)}`, {
        query: { site },
      });
      onDismissed();
    } catch (failure) {
      this.setState({ busy: false, error: (failure as { code?: AnyErrorCode }).code ?? 'unknown_error' });
    }
  };

  render(
    { warning, lang, Text, Err }: WarningNoticeProps,
    { busy, error }: { busy?: boolean; error?: AnyErrorCode },
  ) {
    const m = texts[lang];
    return (
      <section class="wn" role="alert" aria-label={m.title}>
        <style>{CSS}</style>
        <strong>{m.title}</strong>
        <Text text={warning.message} />
        <button type="button" disabled={busy} onClick={this.dismiss}>
          {m.ok}
        </button>
        <Err code={error} />
      </section>
    );
  }
}
