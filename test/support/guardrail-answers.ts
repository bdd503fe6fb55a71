/**
 * Test support: answers of Bedrock's `ApplyGuardrail` (test/support/guardrail-answers/*.json), as
 * the service sends them over the wire (REST-JSON), and a request handler that plays them to the
 * real SDK client. Shaped after the API reference and the SDK's models (ApplyGuardrailResponse,
 * `outputScope: FULL`), not captured from an AWS account: this machine has no credentials.
 */
import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

/** The recorded answers, by file name. */
export type GuardrailAnswerName = 'clean-fr' | 'insulting-fr' | 'mildly-rude-fr' | 'blocked-fr' | 'throttled';

/** What the service sends: status, headers and JSON body. */
export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A recorded answer, as the wire carries it (a 200 with the JSON body, or the recorded error). */
export function guardrailAnswer(name: GuardrailAnswerName): WireAnswer {
  const json = JSON.parse(readFileSync(new URL(`guardrail-answers/${name}.json`, import.meta.url), 'utf8'));
  return name === 'throttled' ? json : { status: 200, headers: {}, body: json };
}

/** What the client sent, for the tests to look at. */
export interface SentRequest {
  path: string;
  body: Record<string, unknown>;
}

/**
 * A real SDK client whose requests never leave the process: each is answered by `answer`, or hangs
 * until the SDK aborts it (`'hang'`), as a slow service would. `sent` collects the requests.
 */
export function clientAnswering(answer: GuardrailAnswerName | 'hang', sent: SentRequest[] = []) {
  return new BedrockRuntimeClient({
    region: 'eu-west-3',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: { path: string; body?: unknown }, options?: { abortSignal?: AbortSignal }) {
        const raw =
          request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : String(request.body);
        sent.push({ path: request.path, body: JSON.parse(raw) });
        if (answer === 'hang') {
          return new Promise<never>((_, reject) => {
            options?.abortSignal?.addEventListener('abort', () => reject(new Error('aborted')), {
              once: true,
            });
          });
        }
        const wire = guardrailAnswer(answer);
        return {
          response: {
            statusCode: wire.status,
            headers: { 'content-type': 'application/json', ...wire.headers },
            body: new TextEncoder().encode(JSON.stringify(wire.body)),
          },
        };
      },
    },
  });
}
