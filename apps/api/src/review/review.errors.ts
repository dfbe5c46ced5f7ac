import { AppError } from '../common/errors/app-error';

export class ChecklistIncompleteError extends AppError {
  constructor(missing: string[]) {
    super(
      'checklist_incomplete',
      `Approval needs every checklist item confirmed; still open: ${missing.join(', ')}.`,
      missing.map((item) => ({
        path: `checklist.${item}`,
        code: 'not_confirmed' as const,
        message: 'Confirm this before approving.',
      })),
    );
  }
}
