/**
 * Console: one setting: its label, its control, a hint, and the server's issues about it, all
 * tied to the control (aria-describedby, aria-invalid) so they are read out with it.
 */
import type { ComponentChild } from 'preact';
import { useId } from 'preact/hooks';

/** What the control must carry to be tied to its label, hint and issues. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Props of SettingRow. */
export interface SettingRowProps {
  label: string;
  hint?: string;
  issues?: string[];
  /** A checkbox: its label follows it. */
  inline?: boolean;
  control(props: ControlProps): ComponentChild;
}

/** A labelled control with its hint and issues. */
export function SettingRow({ label, hint, issues = [], inline, control }: SettingRowProps) {
  const id = useId();
  const describedBy = [hint ? `${id}h` : '', issues.length ? `${id}e` : ''].filter(Boolean).join(' ');
  const labelElement = <label for={id}>{label}</label>;
  return (
    <div class={inline ? 'f check' : 'f'}>
      {!inline && labelElement}
      {control({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': issues.length > 0 || undefined,
      })}
      {inline && labelElement}
      {hint && <small id={`${id}h`}>{hint}</small>}
      <Issues id={`${id}e`} issues={issues} />
    </div>
  );
}

/** The server's messages about one field (or about the whole request). */
export function Issues({ id, issues }: { id?: string; issues: string[] }) {
  if (!issues.length) return null;
  return (
    <ul id={id} class="er field-issues">
      {issues.map((issue) => (
        <li key={issue}>{issue}</li>
      ))}
    </ul>
  );
}
