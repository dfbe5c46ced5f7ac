import { AppError, ValidationFailedError } from '../common/errors/app-error';

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

/** A row points to a file the store does not have: lost data, which the operator has to hear about. */
export class StoredFileMissingError extends AppError {
  constructor(what: string) {
    super('not_found', `The file of ${what} is missing; upload it again.`);
  }
}
