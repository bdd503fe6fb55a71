/** Components: a labelled input with an optional hint and error read out with it. */
import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

/** Props of Field: an input's own attributes plus its label, hint, error and change callback. */
export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** What is wrong with the value, shown under the input (which is then marked invalid). */
  error?: string;
  /** Called with the new value on every keystroke. */
  onValue: (value: string) => void;
};

/** `<label>` + `<input>` (+ hint, + error), tied by ids so assistive technology reads them together. */
export function Field({ label, hint, error, onValue, ...input }: FieldProps) {
  const id = useId();
  // An error restates the rule the hint gives: the hint steps aside while it shows.
  const note = error ? undefined : hint;
  const described = error ? `${id}e` : note && `${id}h`;
  return (
    <p class="f">
      <label for={id}>{label}</label>
      <input
        id={id}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...input}
      />
      {error && (
        <small id={`${id}e`} class="er">
          {error}
        </small>
      )}
      {note && <small id={`${id}h`}>{note}</small>}
    </p>
  );
}
