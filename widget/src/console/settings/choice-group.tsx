/** Console: a setting chosen among a few values: radio buttons, or checkboxes for a set. */
import { useId } from 'preact/hooks';
import { Issues } from './setting-row.js';

/** Props of ChoiceGroup. */
export interface ChoiceGroupProps<V extends string> {
  legend: string;
  options: { value: V; label: string }[];
  /** One value (radios), or several (checkboxes). */
  value: V | V[];
  onChange(value: V | V[]): void;
  issues?: string[];
}

/** A fieldset of radios or checkboxes. */
export function ChoiceGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  issues = [],
}: ChoiceGroupProps<V>) {
  const name = useId();
  const many = Array.isArray(value);
  const picked = (option: V) => (many ? value.includes(option) : value === option);
  const pick = (option: V, on: boolean) => {
    if (!many) return onChange(option);
    onChange(on ? [...value, option] : value.filter((v) => v !== option));
  };
  return (
    <fieldset class="choice-group" aria-describedby={issues.length ? `${name}e` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="check">
          <input
            type={many ? 'checkbox' : 'radio'}
            name={name}
            value={option.value}
            checked={picked(option.value)}
            onChange={(event) => pick(option.value, event.currentTarget.checked)}
          />{' '}
          {option.label}
        </label>
      ))}
      <Issues id={`${name}e`} issues={issues} />
    </fieldset>
  );
}
