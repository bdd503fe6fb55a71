/**
 * `npm run site -- team <command>`: a site's team from the command line (the console's team page
 * does the same for a site's administrators). `add` names a person by email: an account gets the
 * role at once, an email without one is sent an invitation (its link sets a password).
 */
import type { Command } from 'commander';
import { addOperator, listOperators, removeOperator } from '../accounts/operators.js';
import { UsageError } from './cli-options.js';
import type { CliContext } from './sso-cli.js';
import { addToTeam, listTeam, removeMember, type TeamRole } from './team.js';
import { CLI_ACTOR } from './team-log.js';

const role = (text: string): TeamRole => {
  if (text !== 'moderator' && text !== 'admin')
    throw new UsageError(`--role ${text}: use moderator or admin.`);
  return text;
};

export function addTeamCommands(program: Command, { siteId, useStack }: CliContext): void {
  const team = program.command('team').description("manages a site's moderators and administrators");

  team
    .command('add')
    .description('gives an account a role on the site (or changes it); invites an email without one')
    .argument('<site>', 'site id', siteId)
    .argument('<email>', "the person's email")
    .requiredOption('--role <role>', 'moderator or admin', role)
    .action(async (site: string, email: string, flags: { role: TeamRole }) => {
      useStack();
      const added = await addToTeam(site, email, flags.role, CLI_ACTOR);
      if ('member' in added) console.log(`${added.member.email} is now ${added.member.role} of ${site}.`);
      else
        console.log(
          `${added.invitation.email} has no account: invited as ${added.invitation.role} of ${site} (the link, emailed, works until ${added.invitation.expiresAt}).`,
        );
    });

  team
    .command('remove')
    .description('takes an account off the site’s team')
    .argument('<site>', 'site id', siteId)
    .argument('<userId>', "the member's user id (see `team list`)")
    .action(async (site: string, userId: string) => {
      useStack();
      await removeMember(site, userId, CLI_ACTOR);
      console.log(`${userId} is no longer in the team of ${site}.`);
    });

  team
    .command('list')
    .description("lists the site's team")
    .argument('<site>', 'site id', siteId)
    .action(async (site: string) => {
      useStack();
      console.log(JSON.stringify(await listTeam(site), null, 2));
    });
}

/** `npm run site -- operator add|remove|list`: the stage's operators (the Cognito group `admins`). */
export function addOperatorCommands(program: Command, { useStack }: Pick<CliContext, 'useStack'>): void {
  const operator = program
    .command('operator')
    .description("manages the stage's operators (admins of every site)");

  operator
    .command('add')
    .description('makes an account an operator (it signs up first; its next login carries the role)')
    .argument('<email>', "the account's email")
    .action(async (email: string) => {
      useStack();
      await addOperator(email);
      console.log(`${email} is now an operator: log out and in again to get the role.`);
    });

  operator
    .command('remove')
    .description('takes an account out of the operators')
    .argument('<email>', "the account's email")
    .action(async (email: string) => {
      useStack();
      await removeOperator(email);
      console.log(`${email} is no longer an operator.`);
    });

  operator
    .command('list')
    .description("lists the stage's operators")
    .action(async () => {
      useStack();
      console.log(JSON.stringify(await listOperators(), null, 2));
    });
}
