/** Console: the moderators' note on an author, kept per site and seen only by moderators. */
import { useId, useState } from 'preact/hooks';
import { saveNote } from '../../api/moderation.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

/** A text area and "Enregistrer la note". */
export function NoteForm({ userId, note }: { userId: string; note: string }) {
  const { api, site, announce } = useConsole();
  const m = useConsoleText();
  const id = useId();
  const [text, setText] = useState(note);
  const save = useAction(async () => {
    await saveNote(api, site, userId, text);
    announce(m.noteSaved);
  });
  return (
    <form
      class="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.run();
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
          {m.saveNote}
        </button>
      </p>
    </form>
  );
}
