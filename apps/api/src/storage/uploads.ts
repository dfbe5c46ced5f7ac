import type { Readable } from 'node:stream';
import { Logger, StreamableFile } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import type { FileStore } from './file-store';
import { detectFileType, type DetectedFileType } from './file-types';
import { FileMissingError, StoredFileMissingError, UnsupportedFileTypeError } from './storage.errors';

const logger = new Logger('Storage');

/** A multipart file as multer holds it in memory. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

/** The stored content of `sha256`, or a logged 404 when the store has lost it. */
export async function openStoredFile(
  files: FileStore,
  sha256: string,
  owner: { kind: 'document' | 'image'; id: string },
): Promise<Readable> {
  const content = await files.open(sha256);
  if (content) return content;
  logger.error(`The stored file ${sha256} of ${owner.kind} ${owner.id} is missing from the file store.`);
  throw new StoredFileMissingError(`this ${owner.kind}`);
}

/** The upload's real type, read from its bytes, if it is one of `allowed`; otherwise a 400 or 415 saying what to upload. */
export function acceptUpload(
  file: UploadedFile | undefined,
  allowed: readonly DetectedFileType['contentType'][],
  described: string,
): DetectedFileType {
  if (!file || file.buffer.length === 0) throw new FileMissingError();
  const type = detectFileType(file.buffer);
  if (!type || !allowed.includes(type.contentType)) throw new UnsupportedFileTypeError(described);
  return type;
}

/**
 * Serves a stored upload: never run as a page of our origin (sandboxing CSP,
 * nosniff from helmet), cached publicly only when anyone may see it.
 */
export function storedFileResponse(
  response: Response,
  content: Readable,
  file: { contentType: string; size: number; filename?: string; isPublic: boolean; maxAgeSeconds: number },
): StreamableFile {
  response.setHeader('Cache-Control', file.isPublic ? `public, max-age=${file.maxAgeSeconds}` : 'private, no-store');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  return new StreamableFile(content, {
    type: file.contentType,
    length: file.size,
    ...(file.filename ? { disposition: inlineDisposition(file.filename) } : {}),
  }).setErrorHandler((error, reply) => {
    // The file was there a moment ago, so this is a failing store: a 500 in the log (Nest's default is a 400).
    logger.error(`A stored file could not be read: ${error.message}`);
    if (reply.destroyed) return;
    if (reply.headersSent) {
      if (reply.destroy) reply.destroy();
      else reply.end();
      return;
    }
    reply.statusCode = 500;
    reply.send('Internal Server Error');
  });
}

/**
 * `inline; filename="…"; filename*=UTF-8''…`: the RFC 5987 form carries any
 * name (Chinese, say), the plain one an ASCII stand-in for old clients.
 */
export function inlineDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return contentDisposition(filename, { type: 'inline', fallback: ascii });
}
