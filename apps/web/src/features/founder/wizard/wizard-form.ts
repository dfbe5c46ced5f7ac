import { get, useFormContext, useFormState, type FieldErrors } from 'react-hook-form';
import type { WizardValues } from './wizard-values';

/** The wizard's one form, shared by every step through react-hook-form's context. */
export function useWizardForm() {
  return useFormContext<WizardValues>();
}

/** The message of the error at an API path (`terms.tiers.0.price`), already in the reader's words. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState<WizardValues>();
  return messageAt(errors, path);
}

export function messageAt(errors: FieldErrors<WizardValues>, path: string): string | undefined {
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  // A field array's own error (shares not adding up) sits at `root` when its items have errors too.
  return error?.message || error?.root?.message || undefined;
}
