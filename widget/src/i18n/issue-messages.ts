/**
 * i18n: what is wrong with a field, from the server's issue code and parameters, in both
 * languages (the label of the field says which one). The console shows them beside its fields;
 * the widget may load them as a chunk. Keyed by every `IssueCode`: a code added on the server
 * and not translated here fails the type check.
 */
import type { FieldIssue, IssueCode, IssueParams } from '../../../functions/shared/types.js';
import type { Lang } from './messages.js';

/** A text for every field issue code, from its parameters. */
export type IssueTexts = { [C in IssueCode]: (params: IssueParams[C]) => string };

const n = (value: number, lang: Lang) => value.toLocaleString(lang);
const s = (value: number) => (value > 1 ? 's' : '');

/** The field issue texts, by language. */
export const issueTexts: Record<Lang, IssueTexts> = {
  fr: {
    required: () => 'Ce champ est obligatoire.',
    too_small: ({ min, origin }) =>
      origin === 'string'
        ? `Au moins ${n(min, 'fr')} caractère${s(min)}.`
        : origin === 'array'
          ? `Au moins ${n(min, 'fr')} valeur${s(min)}.`
          : `Au moins ${n(min, 'fr')}.`,
    too_big: ({ max, origin }) =>
      origin === 'string'
        ? `Au plus ${n(max, 'fr')} caractère${s(max)}.`
        : origin === 'array'
          ? `Au plus ${n(max, 'fr')} valeur${s(max)}.`
          : `Au plus ${n(max, 'fr')}.`,
    invalid_type: ({ expected }) =>
      expected === 'number'
        ? 'Indiquez un nombre.'
        : expected === 'boolean'
          ? 'Oui ou non.'
          : 'Valeur non valide.',
    invalid_value: ({ options }) => `Valeurs possibles : ${options.join(', ')}.`,
    invalid_format: ({ format }) =>
      format === 'regex'
        ? 'Contient des caractères non autorisés.'
        : format === 'email'
          ? 'Adresse e-mail non valide.'
          : format === 'url'
            ? 'Adresse web non valide.'
            : format === 'datetime'
              ? 'Date non valide.'
              : 'Format non valide.',
    unknown_fields: ({ keys }) => `Champs inconnus : ${keys.join(', ')}.`,
    not_in_future: () => 'Indiquez une date à venir.',
    name_reserved: () => "Ce nom est trop proche de celui d'un membre de l'équipe de modération.",
    name_taken: () => "Ce nom est celui d'un lecteur inscrit : choisissez-en un autre ou connectez-vous.",
    invalid: () => 'Valeur non valide.',
    range_reversed: () => 'La date de fin précède la date de début.',
    range_too_large: ({ max }) =>
      `Plus de ${n(max, 'fr')} entrées sur cette période : choisissez une période plus courte.`,
  },
  en: {
    required: () => 'This field is required.',
    too_small: ({ min, origin }) =>
      origin === 'string'
        ? `At least ${n(min, 'en')} character${s(min)}.`
        : origin === 'array'
          ? `At least ${n(min, 'en')} value${s(min)}.`
          : `At least ${n(min, 'en')}.`,
    too_big: ({ max, origin }) =>
      origin === 'string'
        ? `At most ${n(max, 'en')} character${s(max)}.`
        : origin === 'array'
          ? `At most ${n(max, 'en')} value${s(max)}.`
          : `At most ${n(max, 'en')}.`,
    invalid_type: ({ expected }) =>
      expected === 'number'
        ? 'Enter a number.'
        : expected === 'boolean'
          ? 'Yes or no.'
          : 'Not a valid value.',
    invalid_value: ({ options }) => `Possible values: ${options.join(', ')}.`,
    invalid_format: ({ format }) =>
      format === 'regex'
        ? 'Contains characters that are not allowed.'
        : format === 'email'
          ? 'Not a valid email address.'
          : format === 'url'
            ? 'Not a valid web address.'
            : format === 'datetime'
              ? 'Not a valid date.'
              : 'Not a valid format.',
    unknown_fields: ({ keys }) => `Unknown fields: ${keys.join(', ')}.`,
    not_in_future: () => 'Give a date in the future.',
    name_reserved: () => 'This name is too close to that of a member of the moderation team.',
    name_taken: () => 'This name belongs to a registered reader: choose another one or log in.',
    invalid: () => 'Not a valid value.',
    range_reversed: () => 'The end date is before the start date.',
    range_too_large: ({ max }) => `More than ${n(max, 'en')} entries in this period: choose a shorter one.`,
  },
};

/** The text of a field issue; a code newer than this client reads as a generic one. */
export function issueText(texts: IssueTexts, issue: FieldIssue): string {
  // Each code's function takes that code's params; TypeScript cannot follow the pair through the union.
  const format = (texts[issue.code] ?? texts.invalid) as (params: FieldIssue['params']) => string;
  return format(issue.params ?? {});
}
