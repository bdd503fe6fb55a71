/**
 * Infra: the mail the accounts Lambda sends itself through SES v2 (functions/shared/mail/
 * mailer.ts): "you already have an account" to an address signed up again. Same sender as the
 * user pool's codes (the stage's `email`), so the reader sees one sender; without one the Lambda
 * sends nothing of its own. Also the answer floor of the enumeration-proof routes.
 */
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ApiFunction } from './api-function.js';

/** The SES sender of the stage (config `email`). */
export interface AccountMailProps {
  /** Verified in SES (the address or its domain), out of the sandbox. */
  readonly from: string;
  /** @default none: the bare address */
  readonly name?: string;
  /** @default none */
  readonly replyTo?: string;
  /** @default the stack's region */
  readonly sesRegion?: string;
}

/**
 * Sign-up, resend and forgot answer no sooner than this (ms): Cognito sending a code and SES
 * sending our mail take different times, the answers must not (docs/security.md).
 */
export const AUTH_ANSWER_FLOOR_MS = 700;

/** Gives the accounts Lambda its sender and `ses:SendEmail` from it only, and the answer floor. */
export function grantAccountMail(fn: ApiFunction, mail: AccountMailProps | undefined): void {
  fn.addEnvironment('AUTH_ANSWER_FLOOR_MS', String(AUTH_ANSWER_FLOOR_MS));
  grantMailSender(fn, mail);
}

/** Gives a Lambda the stage's sender and `ses:SendEmail` from it only (the comments Lambda: guests' confirmation links). */
export function grantMailSender(fn: ApiFunction, mail: AccountMailProps | undefined): void {
  if (!mail) return;
  const stack = Stack.of(fn);
  const region = mail.sesRegion ?? stack.region;
  fn.addEnvironment('MAIL_FROM', mail.from);
  fn.addEnvironment('SES_REGION', region);
  if (mail.name) fn.addEnvironment('MAIL_FROM_NAME', mail.name);
  if (mail.replyTo) fn.addEnvironment('MAIL_REPLY_TO', mail.replyTo);
  // SES checks the address's identity, or its domain's when only the domain is verified.
  const identity = (name: string) =>
    stack.formatArn({
      service: 'ses',
      region,
      resource: 'identity',
      resourceName: name,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
  const domain = mail.from.split('@')[1] ?? mail.from;
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [identity(mail.from), identity(domain)],
      conditions: { StringEquals: { 'ses:FromAddress': mail.from } },
    }),
  );
}
