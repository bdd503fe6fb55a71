/**
 * Infra: the Amazon Bedrock guardrail that scores comments (functions/comments/pipeline/
 * guardrail-scorer.ts), created only on a stage that sets `bedrockGuardrail`. Content filters on
 * input only (a comment is never a model's output, and a disabled direction is not billed), at
 * strength HIGH so every confidence is reported; the site's `classifierThreshold` decides what a
 * confidence holds. The Classic tier reads French (and English, Spanish) in its own region, with
 * no cross-region profile. The prompt-attack filter stays off: a comment quoting "ignore your
 * instructions" harms no reader. A published version is what the Lambda applies; a change of the
 * filters below publishes a new one (its description carries their hash).
 */
import { createHash } from 'node:crypto';
import { Names } from 'aws-cdk-lib';
import { CfnGuardrail, CfnGuardrailVersion } from 'aws-cdk-lib/aws-bedrock';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { ApiFunction } from './api-function.js';

/** The content filters the guardrail applies to every comment. */
export const GUARDRAIL_FILTERS = ['HATE', 'INSULTS', 'SEXUAL', 'VIOLENCE', 'MISCONDUCT'] as const;

const filtersConfig = GUARDRAIL_FILTERS.map((type) => ({
  type,
  inputStrength: 'HIGH',
  inputAction: 'BLOCK',
  inputEnabled: true,
  outputStrength: 'NONE',
  outputEnabled: false,
}));

/** A guardrail with content filters and its published version. */
export class CommentGuardrail extends Construct {
  readonly guardrail: CfnGuardrail;
  readonly version: CfnGuardrailVersion;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Bedrock requires a name (unique in the account and region): derived, so stages never clash.
    const name = Names.uniqueResourceName(this, { maxLength: 50 });
    this.guardrail = new CfnGuardrail(this, 'Guardrail', {
      name,
      description: 'Réagir: content filters on comments (hate, insults, sexual, violence, misconduct)',
      // The API never shows these: the scorer reads the assessments, not the rewritten text.
      blockedInputMessaging: 'Commentaire retenu par le filtre automatique.',
      blockedOutputsMessaging: 'Commentaire retenu par le filtre automatique.',
      contentPolicyConfig: {
        filtersConfig,
        contentFiltersTierConfig: { tierName: 'CLASSIC' },
      },
    });
    const hash = createHash('sha256').update(JSON.stringify(filtersConfig)).digest('hex').slice(0, 12);
    this.version = new CfnGuardrailVersion(this, 'Version', {
      guardrailIdentifier: this.guardrail.attrGuardrailId,
      description: `Filters ${hash}`,
    });
  }

  /** Names the guardrail to `fn` (GUARDRAIL_ID, GUARDRAIL_VERSION) and lets it apply it, and only it. */
  grantApply(fn: ApiFunction): void {
    fn.addEnvironment('GUARDRAIL_ID', this.guardrail.attrGuardrailId);
    fn.addEnvironment('GUARDRAIL_VERSION', this.version.attrVersion);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['bedrock:ApplyGuardrail'],
        resources: [this.guardrail.attrGuardrailArn],
      }),
    );
  }
}
