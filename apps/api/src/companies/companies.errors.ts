import { AppError, ValidationFailedError } from '../common/errors/app-error';

export class FoundedInFutureError extends ValidationFailedError {
  constructor() {
    super('The founding date cannot be in the future.', [
      { path: 'foundedOn', message: 'The founding date cannot be in the future.' },
    ]);
  }
}

export class UnsupportedFileTypeError extends AppError {
  constructor(allowed: string) {
    super('unsupported_media_type', `This kind of file is not accepted; upload ${allowed}.`, [
      { path: 'file', message: `Upload ${allowed}.` },
    ]);
  }
}

export class FileMissingError extends ValidationFailedError {
  constructor() {
    super('Attach the file to upload in the "file" field.', [{ path: 'file', message: 'A file is required.' }]);
  }
}

export class MemberAlreadyAddedError extends AppError {
  constructor() {
    super('conflict', 'This person is already a member of the company.');
  }
}
