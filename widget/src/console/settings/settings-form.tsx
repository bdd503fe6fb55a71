/** Console: the settings form: moderation rules first, then participation, then reactions and limits. */
import type { AnyErrorCode } from '../../api/api-error.js';
import type { SiteSettings } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';
import { ChoiceGroup } from './choice-group.js';
import { Issues, SettingRow } from './setting-row.js';
import {
  FLAG_SETTINGS,
  LIST_SETTINGS,
  NUMBER_SETTINGS,
  OPERATOR_FLAGS,
  type SettingsDraft,
  TEXT_SETTINGS,
} from './settings-model.js';

/** Props of SettingsForm. */
export interface SettingsFormProps {
  draft: SettingsDraft;
  /** The server's messages by setting ('' for the request as a whole). */
  issues: Record<string, string[]>;
  busy: boolean;
  error?: AnyErrorCode;
  onChange(change: Partial<SettingsDraft>): void;
  onSubmit(): void;
}

const REACTIONS: SiteSettings['reactionTypes'] = ['like', 'love', 'laugh', 'wow', 'sad', 'angry'];

/** Every setting the console edits, and "Enregistrer". */
export function SettingsForm({ draft, issues, busy, error, onChange, onSubmit }: SettingsFormProps) {
  const m = useConsoleText().siteSettings;
  const { operator } = useConsole();
  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ChoiceGroup
        legend={m.labels.moderation}
        options={(['post', 'pre'] as const).map((value) => ({ value, label: m.modes[value] }))}
        value={draft.moderation}
        issues={issues.moderation}
        onChange={(value) => onChange({ moderation: value as SettingsDraft['moderation'] })}
      />
      {FLAG_SETTINGS.map((key) => (
        <SettingRow
          key={key}
          inline
          label={m.labels[key]}
          hint={m.hints[key]}
          issues={issues[key]}
          control={(props) => (
            <input
              type="checkbox"
              {...props}
              disabled={OPERATOR_FLAGS.includes(key) && !operator}
              checked={draft[key]}
              onChange={(event) => onChange({ [key]: event.currentTarget.checked })}
            />
          )}
        />
      ))}
      {LIST_SETTINGS.map((key) => (
        <SettingRow
          key={key}
          label={m.labels[key]}
          hint={m.hints[key]}
          issues={issues[key]}
          control={(props) => (
            <textarea
              {...props}
              rows={4}
              value={draft[key]}
              onInput={(event) => onChange({ [key]: event.currentTarget.value })}
            />
          )}
        />
      ))}
      {NUMBER_SETTINGS.map((key) => (
        <SettingRow
          key={key}
          label={m.labels[key]}
          hint={m.hints[key]}
          issues={issues[key]}
          control={(props) => (
            <input
              type="number"
              inputMode="decimal"
              step={key === 'classifierThreshold' ? 0.05 : 1}
              {...props}
              value={draft[key]}
              onInput={(event) => onChange({ [key]: event.currentTarget.value })}
            />
          )}
        />
      ))}
      {TEXT_SETTINGS.map((key) => (
        <SettingRow
          key={key}
          label={m.labels[key]}
          hint={m.hints[key]}
          issues={issues[key]}
          control={(props) => (
            <input
              type="url"
              inputMode="url"
              {...props}
              value={draft[key]}
              onInput={(event) => onChange({ [key]: event.currentTarget.value })}
            />
          )}
        />
      ))}
      <ChoiceGroup
        legend={m.labels.reactionTypes}
        options={REACTIONS.map((value) => ({ value, label: m.reactions[value] }))}
        value={draft.reactionTypes}
        issues={issues.reactionTypes}
        onChange={(value) => onChange({ reactionTypes: value as SettingsDraft['reactionTypes'] })}
      />
      <ChoiceGroup
        legend={m.labels.reactionsPerReader}
        options={(['one', 'many'] as const).map((value) => ({ value, label: m.perReader[value] }))}
        value={draft.reactionsPerReader}
        issues={issues.reactionsPerReader}
        onChange={(value) => onChange({ reactionsPerReader: value as SettingsDraft['reactionsPerReader'] })}
      />
      <Issues issues={issues[''] ?? []} />
      <ConsoleError code={error} />
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {m.save}
        </button>
      </p>
    </form>
  );
}
