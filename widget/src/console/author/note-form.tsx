/**
 * Console: the moderators' notes on an author, kept per site and seen only by moderators: every
 * note with who wrote it and when, newest first, and a text area to add one.
 */
import { useId, useState } from 'preact/hooks';
import { type AuthorHistory, saveNote } from '../../api/moderation.js';
import { CommentText } from '../../components/comment-text.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { authorMessages } from './author-messages.js';

type Note = AuthorHistory['notes'][number];

/** The notes, and "Ajouter la note". */
export function NoteForm({ userId, notes: initial }: { userId: string; notes: Note[] }) {
  const { api, site, announce } = useConsole();
  const { lang } = useI18n();
  const m = useConsoleText();
  const a = authorMessages(lang);
  const id = useId();
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState('');
  const save = useAction(async () => {
    const { entry } = await saveNote(api, site, userId, text.trim());
    setNotes((list) => [entry, ...list]);
    setText('');
    announce(a.noteAdded);
  });
  return (
    <section class="note-form" aria-labelledby={`${id}h`}>
      <h3 id={`${id}h`}>{a.notes}</h3>
      {notes.length ? (
        <ol class="notes">
          {notes.map((note, i) => (
            <li key={`${note.at}${i}`}>
              <CommentText text={note.text} />
              <p class="muted">{a.by(note.byName, note.at ? fullDate(note.at, lang) : '')}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{a.noNotes}</p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) save.run();
        }}
      >
        <label for={id}>{m.note}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={2000}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <ConsoleError code={save.error} />
        <p class="actions">
          <button type="submit" disabled={save.busy}>
            {a.addNote}
          </button>
        </p>
      </form>
    </section>
  );
}
