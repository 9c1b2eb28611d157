/**
 * Writes schema/empathy-profile.schema.json, the JSON Schema of EmpathyProfile, from src/types.ts.
 * Run: `npx tsx scripts/gen-schema.ts` (or `--check` to fail when the file is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

export const SCHEMA_FILE = 'schema/empathy-profile.schema.json';

export function generateSchema(): string {
  const schema = createGenerator({
    path: 'src/types.ts',
    tsconfig: 'tsconfig.json',
    type: 'EmpathyProfile',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('EmpathyProfile');
  const out = {
    $id: 'urn:empathy-profile:schema:EmpathyProfile',
    title: 'EmpathyProfile',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('gen-schema.ts')) {
  const text = generateSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== text) {
      console.error(`${SCHEMA_FILE} is out of date: run npx tsx scripts/gen-schema.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}
