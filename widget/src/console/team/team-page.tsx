/**
 * Console: the site's team, for its administrators (and the operator): who moderates or
 * administers this site, since when and granted by whom; add an account by its email with a
 * role (an email without an account is sent an invitation, listed until accepted: sent again or
 * withdrawn), change a member's role, remove a member (a second press confirms).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import {
  addTeamMember,
  listTeam,
  removeTeamMember,
  type TeamInvitation,
  type TeamMember,
  withdrawInvitation,
} from '../../api/team.js';
import { useAction } from '../../hooks/use-action.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { fullDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { ConsoleError } from '../components/console-error.js';
import { useConsole } from '../console-context.js';

type TeamRole = TeamMember['role'];

/** The team of the console's site. */
export function TeamPage() {
  const { api, site, announce } = useConsole();
  const m = useConsoleText().team;
  const { lang } = useI18n();
  const emailId = useId();
  const roleId = useId();
  const [members, setMembers] = useState<TeamMember[]>();
  const [invitations, setInvitations] = useState<TeamInvitation[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('moderator');
  const [confirming, setConfirming] = useState<string>();

  const load = useAction(async () => {
    const answer = await listTeam(api, site);
    setMembers(answer.members);
    setInvitations(answer.invitations);
  });
  useEffect(() => void load.run(), []);
  const add = useAction(async (event: Event) => {
    event.preventDefault();
    const added = await addTeamMember(api, site, email.trim(), role, lang);
    setEmail('');
    announce(
      'member' in added
        ? m.added(added.member.email, m.roles[added.member.role])
        : m.invited(added.invitation.email, m.roles[added.invitation.role]),
    );
    await load.run();
  });
  const resend = useAction(async (invitation: TeamInvitation) => {
    await addTeamMember(api, site, invitation.email, invitation.role, lang);
    announce(m.sentAgain(invitation.email));
    await load.run();
  });
  const withdraw = useAction(async (invitation: TeamInvitation) => {
    const key = `invite:${invitation.email}`;
    if (confirming !== key) return setConfirming(key);
    setConfirming(undefined);
    await withdrawInvitation(api, site, invitation.email);
    announce(m.withdrawn(invitation.email));
    await load.run();
  });
  const change = useAction(async (member: TeamMember, next: TeamRole) => {
    await addTeamMember(api, site, member.email, next, lang);
    announce(m.changed(member.email, m.roles[next]));
    await load.run();
  });
  const remove = useAction(async (member: TeamMember) => {
    if (confirming !== member.userId) return setConfirming(member.userId);
    setConfirming(undefined);
    await removeTeamMember(api, site, member.userId);
    announce(m.removed(member.email));
    await load.run();
  });

  return (
    <section aria-labelledby="team-title" class="team">
      <h1 id="team-title">{m.title(site)}</h1>
      <p>{m.intro}</p>
      <ConsoleError
        code={load.error ?? add.error ?? change.error ?? remove.error ?? resend.error ?? withdraw.error}
      />
      {members?.length === 0 && <p>{m.none}</p>}
      <ul class="webhook-list">
        {members?.map((member) => (
          <li key={member.userId} class="webhook-list__item">
            <p>
              <strong>{member.email}</strong> {member.name && `(${member.name}) `}· {m.roles[member.role]} ·{' '}
              {m.since(fullDate(member.grantedAt, lang))}
            </p>
            <p>
              <button
                type="button"
                disabled={change.busy}
                onClick={() => change.run(member, member.role === 'admin' ? 'moderator' : 'admin')}
              >
                {member.role === 'admin' ? m.makeModerator : m.makeAdmin}
              </button>{' '}
              <button type="button" disabled={remove.busy} onClick={() => remove.run(member)}>
                {confirming === member.userId ? m.confirmRemove(member.email) : m.remove}
              </button>
            </p>
          </li>
        ))}
      </ul>
      {invitations.length > 0 && (
        <>
          <h2>{m.invitationsTitle}</h2>
          <ul class="webhook-list">
            {invitations.map((invitation) => (
              <InvitationItem
                key={invitation.email}
                invitation={invitation}
                confirming={confirming === `invite:${invitation.email}`}
                busy={resend.busy || withdraw.busy}
                onResend={() => resend.run(invitation)}
                onWithdraw={() => withdraw.run(invitation)}
              />
            ))}
          </ul>
        </>
      )}
      <form onSubmit={add.run}>
        <h2>{m.addTitle}</h2>
        <p>{m.addHint}</p>
        <label for={emailId}>{m.email}</label>
        <input
          id={emailId}
          type="email"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for={roleId}>{m.role}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.currentTarget.value as TeamRole)}>
          <option value="moderator">{m.roles.moderator}</option>
          <option value="admin">{m.roles.admin}</option>
        </select>
        <button type="submit" disabled={add.busy || !email.trim()}>
          {m.add}
        </button>
      </form>
    </section>
  );
}

/** One invitation not yet accepted: to whom, which role, by whom, until when; send again or withdraw. */
function InvitationItem(props: {
  invitation: TeamInvitation;
  confirming: boolean;
  busy: boolean;
  onResend(): void;
  onWithdraw(): void;
}) {
  const { invitation } = props;
  const m = useConsoleText().team;
  const { lang } = useI18n();
  const expired = invitation.expiresAt <= new Date().toISOString();
  return (
    <li class="webhook-list__item">
      <p>
        <strong>{invitation.email}</strong> · {m.roles[invitation.role]} ·{' '}
        {m.invitedBy(invitation.invitedByName, fullDate(invitation.invitedAt, lang))} ·{' '}
        {expired ? m.invitationExpired : m.invitationUntil(fullDate(invitation.expiresAt, lang))}
      </p>
      <p>
        <button type="button" disabled={props.busy} onClick={props.onResend}>
          {m.sendAgain}
        </button>{' '}
        <button type="button" disabled={props.busy} onClick={props.onWithdraw}>
          {props.confirming ? m.confirmWithdraw(invitation.email) : m.withdraw}
        </button>
      </p>
    </li>
  );
}
