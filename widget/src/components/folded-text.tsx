/**
 * Components: a long comment folded after about twelve lines (a CSS line clamp), with "Lire la
 * suite" to unfold it. The button appears only when the text does overflow, measured after
 * layout; the entry's preview shows the whole text, so nothing is hidden before the kit is here.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { CommentText } from './comment-text.js';
import { threadMessages } from './thread-messages.js';

/** The body of a comment, folded when long. */
export function FoldedText({ text }: { text: string }) {
  const { lang } = useI18n();
  const m = threadMessages[lang];
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const shown = box.current?.firstElementChild;
    if (shown && !open) setOverflows(shown.scrollHeight > shown.clientHeight + 1);
  }, [text, open]);
  return (
    <div ref={box} class={open ? undefined : 'fo'}>
      <CommentText text={text} />
      {(overflows || open) && (
        <button type="button" class="ln" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? m.readLess : m.readMore}
        </button>
      )}
    </div>
  );
}
