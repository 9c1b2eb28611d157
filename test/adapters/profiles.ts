/**
 * Every profile an adapter test produces goes through `collect`, and each test file checks them all
 * against the shipped JSON Schema when it ends (`afterAll(expectAllValid)`).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import type { EmpathyProfile } from '../../src/types.js';

export const PRODUCED: EmpathyProfile[] = [];

/** Records a profile (or a list) and hands it back. */
export function collect<T extends EmpathyProfile | EmpathyProfile[]>(p: T): T {
  if (Array.isArray(p)) PRODUCED.push(...p);
  else PRODUCED.push(p);
  return p;
}

const schema = JSON.parse(readFileSync(new URL('../../schema/empathy-profile.schema.json', import.meta.url), 'utf8'));
export const validateProfile = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Fails with ajv's errors for the first profile that does not validate. */
export function expectAllValid(): void {
  expect(PRODUCED.length).toBeGreaterThan(0);
  for (const p of PRODUCED) {
    const ok = validateProfile(p);
    expect(ok ? [] : validateProfile.errors).toEqual([]);
  }
}
