import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from '../../scripts/gen-schema.js';
import { profile } from '../../src/index.js';
import { EXCHANGES } from './fixtures.js';
import { collect, expectAllValid, validateProfile } from './profiles.js';

afterAll(expectAllValid);

describe('JSON Schema of EmpathyProfile', () => {
  it('is up to date with src/types.ts (regenerate with npx tsx scripts/gen-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generateSchema());
  }, 180_000);

  const cases = [
    ...EXCHANGES.map((e) => ({ why: `fixture ${e.id}`, make: () => profile(e.prompt, e.response) })),
    { why: 'an empty reply gives warnings and zero scores', make: () => profile('I am so sad today.', '') },
    { why: 'a code-only reply', make: () => profile('Fix my loop please', '```js\nfor (;;) {}\n```') },
    {
      why: 'a transcript adds meta.transcript and message indices',
      make: () =>
        profile({
          messages: [
            { role: 'system', content: 'Be kind.' },
            { role: 'user', content: 'My brother stopped talking to me.' },
            { role: 'assistant', content: 'That sounds painful.' },
            { role: 'user', content: 'Should I call him?' },
            { role: 'assistant', content: 'Yes, I would call him and say you miss him.' },
          ],
        }),
    },
  ];
  it.each(cases)('validates: $why', ({ make }) => {
    const p = collect(make());
    expect(validateProfile(p) ? null : validateProfile.errors).toBeNull();
  });

  it('rejects a profile with a wrong field, so validation can fail', () => {
    const p = profile('I lost my keys.', 'Keys get lost.');
    expect(validateProfile({ ...p, overall: 'high' })).toBe(false);
    expect(validateProfile({ ...p, findings: [{ ruleId: 'x' }] })).toBe(false);
  });
});
