/**
 * `npm run site -- sso <command>`: a site's single sign-on keys (docs/sso.md). `enable` and
 * `rotate` print the new secret as JSON, once: `{"kid": …, "secret": …}`; nothing lists it again.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from './cli-options.js';
import {
  addSsoPublicKey,
  disableSso,
  enableSso,
  listSsoKeys,
  revokeSsoKey,
  rotateSsoSecret,
} from './sso-keys.js';

export interface CliContext {
  /** Parses a site id argument, or says what an id is. */
  siteId: (text: string) => string;
  /** Points the SDK at the local stack unless a deployed table is configured. */
  useStack: () => void;
}

const json = (value: unknown) => console.log(JSON.stringify(value));

export function addSsoCommands(program: Command, { siteId, useStack }: CliContext): void {
  const sso = program.command('sso').description("manages a site's single sign-on keys (docs/sso.md)");

  sso
    .command('enable')
    .description('turns SSO on with a first HS256 secret, printed once as {"kid", "secret"}')
    .argument('<site>', 'site id', siteId)
    .action(async (site: string) => {
      useStack();
      json(await enableSso(site));
    });

  sso
    .command('rotate')
    .description('adds a new HS256 secret (printed once); the previous one works until revoked')
    .argument('<site>', 'site id', siteId)
    .action(async (site: string) => {
      useStack();
      json(await rotateSsoSecret(site));
    });

  sso
    .command('add-key')
    .description("registers the publisher's ES256 or RS256 public key (a PEM file or a JWKS URL)")
    .argument('<site>', 'site id', siteId)
    .requiredOption('--alg <alg>', 'ES256 or RS256')
    .option('--public-key <file>', 'a PEM (SPKI) public key file')
    .option('--jwks-url <url>', 'an https URL serving the JWKS')
    .action(async (site: string, flags: { alg: string; publicKey?: string; jwksUrl?: string }) => {
      if (flags.alg !== 'ES256' && flags.alg !== 'RS256')
        throw new UsageError(
          `--alg ${flags.alg}: use ES256 or RS256 (HS256 secrets come from \`sso rotate\`).`,
        );
      if (!flags.publicKey === !flags.jwksUrl)
        throw new UsageError('Give either --public-key <file> or --jwks-url <url>.');
      const material = flags.publicKey
        ? { publicKeyPem: readFileSync(flags.publicKey, 'utf8') }
        : { jwksUrl: String(flags.jwksUrl) };
      useStack();
      json({ kid: await addSsoPublicKey(site, { alg: flags.alg, ...material }) });
    });

  sso
    .command('revoke')
    .description('revokes one key: tokens naming it are refused from now on')
    .argument('<site>', 'site id', siteId)
    .argument('<kid>', 'the key id')
    .action(async (site: string, kid: string) => {
      useStack();
      await revokeSsoKey(site, kid);
      console.log(`Key ${kid} of ${site} revoked.`);
    });

  sso
    .command('keys')
    .description("lists the site's keys (never a secret)")
    .argument('<site>', 'site id', siteId)
    .action(async (site: string) => {
      useStack();
      console.log(JSON.stringify(await listSsoKeys(site), null, 2));
    });

  sso
    .command('disable')
    .description('turns SSO off: every active key is revoked')
    .argument('<site>', 'site id', siteId)
    .action(async (site: string) => {
      useStack();
      console.log(`SSO off for ${site}: ${await disableSso(site)} key(s) revoked.`);
    });
}
