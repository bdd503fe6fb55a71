/**
 * Shared HTTP layer: reading an API Gateway HTTP API v2 event. Bodies are size-checked and parsed
 * as JSON; query strings are read from `rawQueryString` so repeated keys keep every value.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors.js';
import { wellFormed } from '../text/normalize.js';

/** Largest request body accepted, in bytes; larger bodies get 413 before any parsing. */
export const MAX_BODY_BYTES = 32 * 1024;

/** Decoded body bytes of the event, or 413 when over the limit. */
export function readBody(event: APIGatewayProxyEventV2): string | undefined {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (raw.byteLength > MAX_BODY_BYTES) {
    throw new AppError(
      'payload_too_large',
      `The request body is over ${MAX_BODY_BYTES} bytes; send less text.`,
    );
  }
  return raw.toString('utf8');
}

/** The JSON body, or a 4xx saying what is wrong with it. */
export function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  const text = readBody(event);
  if (text === undefined) throw new AppError('invalid_json', 'The request needs a JSON body.');
  const type = header(event, 'content-type');
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  try {
    // JSON may spell a lone surrogate (`"\ud800"`); no string of any field keeps one past here.
    return JSON.parse(text, (_key, value: unknown) =>
      typeof value === 'string' ? wellFormed(value) : value,
    );
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON.');
  }
}

/** The query string as an object; a key given several times becomes an array. */
export function readQuery(event: APIGatewayProxyEventV2): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(event.rawQueryString ?? '')) {
    const previous = out[key];
    if (previous === undefined) out[key] = value;
    else out[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

/** A request header (API Gateway lower-cases their names). */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers?.[name.toLowerCase()] ?? undefined;
}
