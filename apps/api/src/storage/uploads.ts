import type { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ValidationFailedError } from '../common/errors/app-error';
import { detectFileType, type DetectedFileType } from './file-types';

/** A multipart file as multer holds it in memory. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

export class FileMissingError extends ValidationFailedError {
  constructor() {
    super('Attach the file to upload in the "file" field.', [{ path: 'file', message: 'A file is required.' }]);
  }
}

export class UnsupportedFileTypeError extends AppError {
  constructor(allowed: string) {
    super('unsupported_media_type', `This kind of file is not accepted; upload ${allowed}.`, [
      { path: 'file', message: `Upload ${allowed}.` },
    ]);
  }
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
    ...(file.filename ? { disposition: `inline; filename="${file.filename}"` } : {}),
  });
}
