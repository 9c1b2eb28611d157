/** Writes docs/api.md from the JSDoc of every entry point (`npm run docs:api`). */
import { writeFileSync } from 'node:fs';
import { collectApi, renderApiDocs } from './api-docs.js';

writeFileSync('docs/api.md', renderApiDocs(collectApi()));
console.log('wrote docs/api.md');
