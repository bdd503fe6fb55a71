/**
 * Events: a stream record of the comments table, read as the domain events it carries. Only the
 * comment items (`PAGE#…`/`C#…`), the notice and statement items (`REPORTS#…`/`N#…`, `S#…`) and
 * a member item whose warning changed (`MEMBER#…`/`STATE`) say anything; every other item's
 * record gives no event (on AWS the event source mapping's
 * filter keeps them from the Lambda at all: infra/constructs/events.ts).
 */
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import type { CommentRecord } from '../comments/records.js';
import type { Statement } from '../comments/types.js';
import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import type { CommentEvent, CommentEventType, DomainEvent } from './types.js';

type Image = Record<string, unknown>;

// The Lambda event's AttributeValue and the SDK's are the same JSON; only their TS types differ.
const read = (image: Record<string, AttributeValue> | undefined): Image | undefined =>
  image ? (unmarshall(image as Record<string, SdkAttributeValue>) as Image) : undefined;

const isComment = (image: Image) => String(image.pk).startsWith('PAGE#') && String(image.sk).startsWith('C#');

/** The ISO time of the record (seconds since the epoch in Lambda; the reader gives the same). */
function timeOf(record: DynamoDBRecord): string {
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  return new Date(seconds ? seconds * 1000 : Date.now()).toISOString();
}

const REFUSED = new Set(['rejected', 'spam']);

/** What a change of a comment item means, in order (a held edit is an edit, then a status). */
function commentTypes(
  next: CommentRecord | undefined,
  previous: CommentRecord | undefined,
): CommentEventType[] {
  if (!next) return previous && previous.status !== 'deleted' ? ['comment.deleted'] : [];
  const status = (record: CommentRecord | undefined) => record?.status;
  const types: CommentEventType[] = [];
  if (!previous) types.push('comment.created');
  if (previous && next.body !== previous.body) types.push('comment.edited');
  if (status(next) !== status(previous)) {
    if (next.status === 'approved') types.push('comment.published');
    else if (REFUSED.has(next.status) && !REFUSED.has(status(previous) ?? '')) types.push('comment.refused');
    else if (next.status === 'deleted') types.push('comment.deleted');
  }
  if (
    (next.reportCount ?? 0) > (previous?.reportCount ?? 0) &&
    (next.reportRound ?? 0) === (previous?.reportRound ?? 0)
  )
    types.push('comment.reported');
  return types;
}

function commentEvents(record: DynamoDBRecord, base: string, at: string): CommentEvent[] {
  const next = read(record.dynamodb?.NewImage) as CommentRecord | undefined;
  const previous = read(record.dynamodb?.OldImage) as CommentRecord | undefined;
  const comment = (next ?? previous) as CommentRecord;
  return commentTypes(next, previous).map((type) => ({
    id: `${base}:${type}`,
    type,
    at,
    site: comment.site,
    page: comment.page,
    commentId: comment.id,
    comment,
    previous: next ? previous : undefined,
  }));
}

function reportEvents(image: Image, base: string, at: string): DomainEvent[] {
  const sk = String(image.sk);
  const commentId = String(image.pk).slice('REPORTS#'.length);
  const where = { at, site: String(image.site), page: String(image.page), commentId };
  if (sk.startsWith('N#'))
    return [
      {
        id: `${base}:notice.received`,
        type: 'notice.received',
        ...where,
        reason: String(image.reason),
        text: typeof image.text === 'string' ? image.text : undefined,
        notifier: {
          reporterKey: sk.slice(2),
          reporterName: image.reporterName as string | undefined,
          reporterEmail: image.reporterEmail as string | undefined,
          userId: (image.userId as string | null | undefined) ?? null,
        },
      },
    ];
  if (sk.startsWith('S#'))
    return [
      {
        id: `${base}:decision.made`,
        type: 'decision.made',
        ...where,
        statement: image.statement as Statement,
        authorKey: String(image.authorKey),
        notifierKeys: (image.notifierKeys as string[] | undefined) ?? [],
      },
    ];
  return [];
}

/** A member item (`MEMBER#<site>#<authorKey>`) tells a warning when it holds a new one. */
function warningEvents(record: DynamoDBRecord, base: string, at: string): DomainEvent[] {
  type Warned = { pk: string; warning?: { id: string; message: string } };
  const next = read(record.dynamodb?.NewImage) as Warned | undefined;
  const previous = read(record.dynamodb?.OldImage) as Warned | undefined;
  if (!next?.warning || next.warning.id === previous?.warning?.id) return [];
  const rest = next.pk.slice('MEMBER#'.length);
  const split = rest.indexOf('#');
  if (split < 0) return [];
  return [
    {
      id: `${base}:author.warned`,
      type: 'author.warned',
      at,
      site: rest.slice(0, split),
      page: '',
      commentId: '',
      authorKey: rest.slice(split + 1),
      warning: { id: next.warning.id, message: next.warning.message },
    },
  ];
}

/**
 * A data migration's own write: the new image carries its mark and the old one does not. An item
 * it moved under a new key (a notice, a warned member) is no new notice nor a new warning.
 */
const isMigrationWrite = (next: Image | undefined, previous: Image | undefined) =>
  next?.[MIGRATED_BY_ATTRIBUTE] !== undefined && previous?.[MIGRATED_BY_ATTRIBUTE] === undefined;

/** The events one stream record carries, in the order they happened. */
export function eventsOf(record: DynamoDBRecord): DomainEvent[] {
  const next = read(record.dynamodb?.NewImage);
  const image = next ?? read(record.dynamodb?.OldImage);
  const base = record.eventID ?? record.dynamodb?.SequenceNumber;
  if (!image || !base || isMigrationWrite(next, read(record.dynamodb?.OldImage))) return [];
  const at = timeOf(record);
  if (isComment(image)) return commentEvents(record, base, at);
  if (String(image.pk).startsWith('MEMBER#') && image.sk === 'STATE') return warningEvents(record, base, at);
  // Notices and statements are written once and never changed: only their creation tells.
  if (record.eventName === 'INSERT' && String(image.pk).startsWith('REPORTS#'))
    return reportEvents(image, base, at);
  return [];
}
