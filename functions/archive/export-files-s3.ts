/**
 * Archive, adapter: export files in the stage's private exports bucket (infra/constructs/site-exports.ts).
 * A file is streamed as a multipart upload (bounded memory whatever the site's size: a few 5 MB
 * parts in flight) and read back through a pre-signed GET that names the download's file name.
 * The bucket's lifecycle deletes every file after a day. The only code that knows the S3 SDK.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '../shared/config.js';
import type { ExportFiles } from './export-files.js';

/** The bucket's store. */
export function s3ExportFiles(bucket: string): ExportFiles {
  const client = new S3Client({ region: config.region });
  return {
    async save(name, chunks) {
      const upload = new Upload({
        client,
        params: {
          Bucket: bucket,
          Key: name,
          Body: Readable.from(chunks),
          ContentType: 'application/x-ndjson',
        },
        // A failed part aborts the upload: no half file is left behind.
        leavePartsOnError: false,
      });
      await upload.done();
    },
    link(name, filename, seconds) {
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: name,
        ResponseContentDisposition: `attachment; filename="${filename}"`,
        ResponseContentType: 'application/x-ndjson; charset=utf-8',
      });
      return getSignedUrl(client, command, { expiresIn: seconds });
    },
  };
}
