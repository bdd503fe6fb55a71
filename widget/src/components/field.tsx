/** Components: a labelled input with an optional hint read out with it. */
import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

/** Props of Field: an input's own attributes plus its label, hint and change callback. */
export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** Called with the new value on every keystroke. */
  onValue: (value: string) => void;
};

/** `<label>` + `<input>` (+ hint), tied by ids so assistive technology reads them together. */
export function Field({ label, hint, onValue, ...input }: FieldProps) {
  const id = useId();
  return (
    <p class="f">
      <label for={id}>{label}</label>
      <input
        id={id}
        aria-describedby={hint ? `${id}h` : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...input}
      />
      {hint && <small id={`${id}h`}>{hint}</small>}
    </p>
  );
}
