/** i18n: the console's texts for readers' reports and notices of illegal content, in English. */
import type { NoticeMessages } from './console-messages.js';

export const noticesEn: NoticeMessages = {
  reportList: 'Reports of this round',
  reporter: (name, guest) => `${name || 'Anonymous'}${guest ? ' (guest)' : ''}`,
  title: (n) => `${n} ${n === 1 ? 'notice' : 'notices'} of illegal content (DSA, art. 16)`,
  explanation: "Notifier's explanation:",
  seen: 'The text as the notifier saw it',
  exempt: 'Child sexual abuse (Directive 2011/93/EU, arts. 3 to 7)',
  decide: 'Decide, with the statement of reasons…',
  dialogTitle: 'Decision on the notices',
  decision: 'Decision',
  keep: 'Keep the comment',
  remove: 'Remove the comment',
  facts: 'Facts and circumstances',
  factsHint: 'What was found in the comment. Shown to the author if the comment is removed.',
  groundKind: 'Ground',
  law: 'A law',
  charter: "The site's charter",
  groundName: 'Provision relied on',
  groundNameHint: 'For instance: Law of 29 July 1881, art. 29; or: charter, rule 3.',
  groundExplanation: 'Why it applies',
  redress: 'Redress',
  redressDefault:
    'You may contest this decision with the newsroom by replying to the message that tells you of it, turn to a certified out-of-court dispute settlement body, or go to the competent court.',
  automated: 'Automated means were used to detect or decide',
  submit: 'Record the decision',
  decided: (decision) =>
    decision === 'remove'
      ? 'Comment removed; statement of reasons recorded.'
      : 'Comment kept; statement of reasons recorded.',
};
