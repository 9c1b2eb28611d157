import { profile } from '../dist/index.js';
import { makePairs, SIZES } from './corpus.ts';
const pairs = makePairs(SIZES[1]!, 300);
for (const p of pairs) profile(p.prompt, p.response);
