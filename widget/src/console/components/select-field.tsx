/** Console: a labelled `<select>` with an error read out with it, as `Field` does for an input. */
import { useId } from 'preact/hooks';

/** Props of SelectField: its label, value, options (value → text), error and change callback. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  error?: string;
  onValue(value: string): void;
}

/** `<label>` + `<select>` (+ error), tied by ids. */
export function SelectField({ label, value, options, error, onValue }: SelectFieldProps) {
  const id = useId();
  return (
    <p class="f">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}e` : undefined}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <small id={`${id}e`} class="er">
          {error}
        </small>
      )}
    </p>
  );
}
