import type Stripe from 'stripe';
import { invalidRequest, missingParam } from './errors';

/** Parameters as `qs` parses Stripe's form encoding: nested objects and arrays of strings. */
export type Params = Record<string, unknown>;

export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${name}`, name, 'parameter_invalid_string');
  return value;
}

export function requiredString(params: Params, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined) throw missingParam(name);
  return value;
}

export function optionalInteger(params: Params, name: string): number | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, name, 'parameter_invalid_integer');
  return Number(value);
}

/** A positive amount in minor units, like Stripe's `amount` (at most 99999999 for a charge in most currencies). */
export function positiveAmount(params: Params, name: string, required: boolean): number | undefined {
  const value = optionalInteger(params, name);
  if (value === undefined) {
    if (required) throw missingParam(name);
    return undefined;
  }
  if (value < 1)
    throw invalidRequest('This value must be greater than or equal to 1.', name, 'parameter_invalid_integer');
  if (value > 99_999_999) throw invalidRequest('Amount must be no more than $999,999.99', name, 'amount_too_large');
  return value;
}

export function optionalBoolean(params: Params, name: string): boolean | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === 'true';
}

export function currency(params: Params): string {
  const value = requiredString(params, 'currency').toLowerCase();
  if (!/^[a-z]{3}$/.test(value)) throw invalidRequest(`Invalid currency: ${value}.`, 'currency');
  return value;
}

/** Stripe's limits: 50 keys, keys up to 40 characters, values up to 500. */
export function metadata(params: Params, current: Stripe.Metadata = {}): Stripe.Metadata {
  const value = params.metadata;
  if (value === undefined || value === '') return { ...current };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRequest('Invalid object', 'metadata', 'parameter_invalid_object');
  }
  const merged: Stripe.Metadata = { ...current };
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw invalidRequest('Invalid metadata value', `metadata[${key}]`);
    if (key.length > 40) throw invalidRequest('Metadata keys can be at most 40 characters.', `metadata[${key}]`);
    if (entry.length > 500) throw invalidRequest('Metadata values can be at most 500 characters.', `metadata[${key}]`);
    if (entry === '') delete merged[key];
    else merged[key] = entry;
  }
  if (Object.keys(merged).length > 50) throw invalidRequest('Metadata can have at most 50 keys.', 'metadata');
  return merged;
}

export function oneOf<T extends string>(params: Params, name: string, allowed: readonly T[], fallback: T): T {
  const value = optionalString(params, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidRequest(`Invalid ${name}: must be one of ${allowed.join(', ')}`, name);
  }
  return value as T;
}

export function expandPaths(params: Params): string[] {
  const value = params.expand;
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((entry): entry is string => typeof entry === 'string');
}

export function listLimit(params: Params): number {
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('This value must be between 1 and 100.', 'limit');
  return limit;
}
