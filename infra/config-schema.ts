/**
 * Configuration: the schema of one stage's settings (cdk.json context `reagir.stages.<stage>`, or a
 * file given with `-c configFile=...`). Every message names the setting and says what is expected.
 */
import * as z from 'zod';
import { routeGroups } from '../functions/routes.js';
import { siteIdSchema } from '../functions/sites/schemas.js';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[0-9a-f-]{36}$/;
// CloudWatch Logs accepts only these retention periods.
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653] as const;

/** A browser origin: scheme and host only; plain http only for local development. */
const origin = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      return url.origin === value && (url.protocol === 'https:' || (local && url.protocol === 'http:'));
    } catch {
      return false;
    }
  },
  { message: 'expected an origin such as https://www.example.fr (https, no path, no trailing slash)' },
);

const email = z.email({ message: 'expected an email address' });

/** A custom domain and the ACM certificate covering it. */
const domain = (certificateRegion: string) =>
  z.object({
    name: z
      .string()
      .regex(DOMAIN, { message: 'expected a lower-case domain name such as comments.example.fr' }),
    certificateArn: z.string().regex(CERTIFICATE, {
      message: `expected the ARN of an ACM certificate in ${certificateRegion}`,
    }),
  });

const throttle = z.object({
  rateLimit: z.number().positive({ message: 'expected requests per second, above 0' }),
  burstLimit: z.int().positive({ message: 'expected a whole number of requests, above 0' }),
});

const groupNames = new Set<string>([...routeGroups(), 'fallback']);

/** One stage's settings as written in cdk.json or a config file. */
export const stageSettingsSchema = z
  .object({
    region: z
      .string({ message: 'is required' })
      .regex(REGION, { message: 'expected an AWS region such as eu-west-3' }),
    account: z
      .string()
      .regex(/^\d{12}$/, { message: 'expected a 12-digit AWS account id' })
      .optional(),
    domains: z
      .object({
        cdn: domain('us-east-1 (CloudFront reads certificates there only)').optional(),
        api: domain('the stage region').optional(),
      })
      .strict()
      .optional(),
    sites: z
      .array(
        z
          .object({
            id: siteIdSchema,
            origins: z.array(origin).min(1, { message: 'list at least one origin' }),
          })
          .strict(),
      )
      .min(1, {
        message: 'list at least one site, e.g. [{"id":"demo","origins":["https://www.example.fr"]}]',
      }),
    email: z
      .object({
        from: email,
        name: z.string().min(1).max(64).optional(),
        replyTo: email.optional(),
        sesRegion: z.string().regex(REGION).optional(),
        /** An SES domain identity covering `from`, when the address itself is not verified. */
        verifiedDomain: z
          .string()
          .regex(DOMAIN, { message: 'expected a lower-case domain name such as example.fr' })
          .optional(),
      })
      .strict()
      .refine((mail) => !mail.verifiedDomain || mail.from.split('@').pop() === mail.verifiedDomain, {
        message: 'verifiedDomain must be the domain of email.from (SES sends from that identity)',
        path: ['verifiedDomain'],
      })
      .optional(),
    /** The name the sign-up and invitation emails give the service (a newsroom's, say). */
    productName: z
      .string()
      .min(1, { message: 'expected a name, e.g. "Les commentaires du Journal"' })
      .max(60, { message: 'expected at most 60 characters (it goes into email subjects)' })
      .default('Réagir'),
    alarmEmail: email.optional(),
    deletionProtection: z.boolean().default(true),
    memorySize: z.int().min(128).max(10240).default(512),
    logRetentionDays: z
      .literal([...RETENTION_DAYS], { message: `expected one of ${RETENTION_DAYS.join(', ')}` })
      .default(30),
    throttle: throttle.default({ rateLimit: 100, burstLimit: 200 }),
    publicWriteThrottle: throttle.default({ rateLimit: 20, burstLimit: 40 }),
    reservedConcurrency: z
      .record(z.string(), z.int().min(1).max(1000))
      .refine((value) => Object.keys(value).every((name) => groupNames.has(name)), {
        message: `keys must be Lambda names: ${[...groupNames].join(', ')}`,
      })
      .default({}),
    alarms: z.boolean().default(true),
    dashboard: z.boolean().default(true),
    // A Bedrock guardrail scoring comments after the built-in rules (docs/deploy.md, docs/cost.md).
    bedrockGuardrail: z.boolean().default(false),
  })
  .strict()
  .superRefine((settings, context) => {
    const cdnCertificate = settings.domains?.cdn?.certificateArn;
    if (cdnCertificate && CERTIFICATE.exec(cdnCertificate)?.[1] !== 'us-east-1') {
      context.addIssue({
        code: 'custom',
        path: ['domains', 'cdn', 'certificateArn'],
        message: 'CloudFront needs a certificate in us-east-1',
      });
    }
    const apiCertificate = settings.domains?.api?.certificateArn;
    if (apiCertificate && CERTIFICATE.exec(apiCertificate)?.[1] !== settings.region) {
      context.addIssue({
        code: 'custom',
        path: ['domains', 'api', 'certificateArn'],
        message: `the API certificate must be in ${settings.region}`,
      });
    }
    const ids = settings.sites.map((site) => site.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated)
      context.addIssue({ code: 'custom', path: ['sites'], message: `site "${repeated}" is listed twice` });
  });

/** The `reagir` object of cdk.json's context, or of a config file. */
export const configFileSchema = z.object({
  defaultStage: z.string().optional(),
  stages: z.record(z.string(), z.unknown()),
});

/** A stage name: it goes into stack names, so several stages live side by side in one account. */
export const stageNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,19}$/, {
  message: 'expected lower-case letters, digits and dashes, starting with a letter, at most 20',
});

/** One stage's validated settings, defaults applied, with its name. */
export type StageConfig = z.output<typeof stageSettingsSchema> & { readonly stage: string };
