/**
 * Webhooks: the POST of one delivery. The connection resolves the host through `pinnedLookup`,
 * which refuses a non-public address at connect time: a DNS answer that changed after the URL
 * check (DNS rebinding) cannot reach a private address. No redirect is followed; the answer's
 * body is not read.
 */
import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { refusedAddress } from './address.js';

/** dns.lookup, refusing any answer that holds an address webhooks may not reach. */
export const pinnedLookup: LookupFunction = (host, options, callback) => {
  lookup(host, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const bad = addresses.find((found) => refusedAddress(found.address));
    if (bad)
      return callback(new Error(`${host} now resolves to ${bad.address}, not a public address`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
    const [first] = addresses;
    if (!first) return callback(new Error(`${host} has no address`), '', 0);
    callback(null, first.address, first.family);
  });
};

/** POSTs `body` to `url`; resolves with the status code, rejects on a network error or timeout. */
export function postJson(
  url: URL,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<number> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinnedLookup,
      },
      (res) => {
        clearTimeout(timer);
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The whole exchange, connection included, within the timeout (a socket timeout is per idle gap).
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(body);
  });
}
