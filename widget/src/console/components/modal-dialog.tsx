/**
 * Console: a modal dialog on the native `<dialog>`: the browser traps focus inside, closes it
 * with Escape and gives focus back to where it was. It is open for as long as it is rendered.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

/** Props of ModalDialog. */
export interface ModalDialogProps {
  title: string;
  /** Escape, or a button of the caller's. */
  onClose(): void;
  children: ComponentChildren;
}

/** A titled modal dialog. */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The parent decides: it unmounts the dialog, which closes it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
