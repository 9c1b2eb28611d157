// Dev-time helper, not part of the package: proposes irregular past participles that
// src/lexicons/distancing-participles.txt lacks, using compromise's verb conjugator (its strength,
// and far too slow to load on the scoring path: importing it costs 300-500 ms). The output is a list
// to review by hand; compromise also invents forms ("storytellung"), so nothing is added unread.
//   npx vite-node scripts/gen-participles.ts
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const file = 'src/lexicons/distancing-participles.txt';
const known = new Set(
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('%') && l.includes(' | '))
    .map((l) => (l.split(' | ')[0] as string).trim()),
);

const lexicon = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
).world().model.one.lexicon;
const proposals: string[] = [];
for (const [word, tags] of Object.entries(lexicon)) {
  if (word.includes(' ') || !(Array.isArray(tags) ? tags : [tags]).includes('Infinitive')) continue;
  const forms = nlp(word).verbs().conjugate()[0] as Record<string, string> | undefined;
  const participle = forms?.Participle ?? forms?.PastTense;
  if (!participle || participle.endsWith('ed') || participle.includes(' ') || known.has(participle)) continue;
  proposals.push(`${participle} (${word})`);
}
console.log(`${proposals.length} irregular participles proposed by compromise that ${file} lacks:`);
console.log(proposals.sort().join('\n'));
