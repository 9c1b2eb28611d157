import contextText from '../lexicons/cultural-context.txt';
import erasureText from '../lexicons/cultural-erasure.txt';
import keepingText from '../lexicons/cultural-keeping.txt';
import { type LexiconMatch, lexicon } from '../lexicons/lexicon.js';
import type { Analysis, Finding, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';

const CONTEXT = lexicon(contextText);
const KEEPING = lexicon(keepingText);
const ERASURE = lexicon(erasureText);

/** Words that are also common nouns, verbs or names: they count as context only when capitalised. */
const CAPITALISED_ONLY = new Set([
  'turkey',
  'china',
  'jordan',
  'poland',
  'polish',
  'georgia',
  'georgian',
  'roma',
  'mandarin',
  'lent',
  'advent',
  'mali',
]);

/** Parts of speech that carry no content when a reply is checked for the words of a context phrase. */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);

/** Sum of context weights from which a prompt is judged to bring cultural context. */
const CONTEXT_THRESHOLD = 1;
/** Severity of default-norm advice, and of it after the person stated a constraint. */
const ERASURE_SEVERITY = 0.6;
const ERASURE_SEVERITY_CONSTRAINED = 0.9;

/** Categories that speak to each other: naming someone's faith keeps their practice in view, and back. */
const RELATED: Record<string, string> = { religion: 'practice', practice: 'religion' };

const CATEGORY_NAMES: Record<string, string> = {
  nationality: 'national or regional origin',
  ethnicity: 'ethnicity or race',
  religion: 'religion',
  practice: 'religious practice',
  holiday: 'a holiday or festival',
  rite: 'a rite or ceremony',
  family: 'family structure or role',
  honour: 'honour, shame or face',
  migration: 'migration',
  language: 'language',
  culture: 'culture',
};

/** Result of `culturalContext`. */
export interface CulturalContextResult extends MetricResult {
  /** 0..1 preservation: 1 = the reply keeps the person's cultural context (1 when there is none). */
  score: number;
  /** False when the prompt brings no cultural context: then `score` says nothing. */
  applicable: boolean;
  /** Categories of context the person brought (nationality, religion, family, ...), sorted. */
  contexts: string[];
  /** Of `contexts`, those the reply refers to, sorted. */
  kept: string[];
  /** True when the person states a limit on what they can do (an obligation, "I can't just leave"). */
  constraintStated: boolean;
  /** True when the reply acknowledges the context or its limits in general terms ("your culture"). */
  acknowledged: boolean;
  /** 0..1, weight of default-norm advice and dismissal in the reply (0 = none). */
  erasure: number;
}

/**
 * Cultural context: detects the context a person brings (origin, religion, rites, family roles,
 * honour, migration, language) and whether the reply keeps it or replaces it with a default norm.
 * `score` is 0..1, 1 = context kept; not `applicable` when the prompt brings none.
 *
 * @example
 * const r = culturalContext(
 *   "I'm the eldest son in a Nigerian family and I'm expected to support my siblings.",
 *   'Just set boundaries with your family. You do not owe them anything.',
 * );
 * // The stated obligation is replaced by a default norm.
 * r.applicable; // => true
 * r.score < 0.3; // => true
 */
export function culturalContext(prompt: TextInput, response: TextInput): CulturalContextResult {
  const p = toAnalysis(prompt, 'prompt');
  const findings: Finding[] = [];

  // The person's side: context items, grouped by category, and any stated constraint.
  const firstOfCategory = new Map<string, LexiconMatch>();
  const items: LexiconMatch[] = [];
  const constraints: LexiconMatch[] = [];
  let weight = 0;
  for (const m of CONTEXT.match(p)) {
    const tag = m.entry.tag;
    if (tag === 'ignore' || !capitalisationOk(p, m)) continue;
    if (tag === 'constraint') {
      constraints.push(m);
      continue;
    }
    items.push(m);
    weight += m.entry.weight;
    if (!firstOfCategory.has(tag)) firstOfCategory.set(tag, m);
  }
  const applicable = weight >= CONTEXT_THRESHOLD;
  if (!applicable) {
    return {
      score: 1,
      applicable,
      contexts: [],
      kept: [],
      constraintStated: false,
      acknowledged: false,
      erasure: 0,
      findings,
    };
  }

  for (const m of items) {
    findings.push(
      finding(p, 'prompt', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: 'cultural/context',
        kind: 'context',
        message: `The person brings cultural context: ${CATEGORY_NAMES[m.entry.tag] ?? m.entry.tag}.`,
      }),
    );
  }
  for (const m of constraints) {
    findings.push(
      finding(p, 'prompt', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: 'cultural/constraint',
        kind: 'context',
        message: 'The person states a limit on what they can do.',
      }),
    );
  }

  // The reply's side.
  const r = toAnalysis(response, 'response');
  const kept = new Set<string>();
  const keptSentences = new Set<number>();
  const replyLemmas = new Set<string>();
  // An ambiguous word echoes the person's context only when capitalised ("Turkey", not "turkey").
  for (const t of r.tokens) if (t.kind === 'word' && capitalisedIfAmbiguous(t)) replyLemmas.add(t.lemma);
  /** Marks a category (and its related one) kept when the person brought it; true if so. */
  const keep = (tag: string): boolean => {
    let hit = false;
    for (const c of [tag, RELATED[tag]]) {
      if (c !== undefined && firstOfCategory.has(c)) {
        kept.add(c);
        hit = true;
      }
    }
    return hit;
  };

  for (const m of CONTEXT.match(r)) {
    const tag = m.entry.tag;
    if (tag === 'ignore' || tag === 'constraint' || !capitalisationOk(r, m)) continue;
    if (!keep(tag)) continue;
    keptSentences.add((r.tokens[m.from] as Token).sentence);
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: 'cultural/context-kept',
        kind: 'strength',
        message: `The reply keeps the person's ${CATEGORY_NAMES[tag] ?? tag} in view.`,
      }),
    );
  }
  // A context phrase whose content words all recur in the reply is kept too ("eldest son" -> "the eldest son").
  for (const m of items) {
    if (kept.has(m.entry.tag)) continue;
    const words = contentLemmas(p, m);
    if (words.length > 0 && words.every((w) => replyLemmas.has(w))) keep(m.entry.tag);
  }

  let acknowledged = false;
  // No negation check: several of these phrases carry their own ("isn't that simple").
  for (const m of KEEPING.match(r)) {
    acknowledged = true;
    // Culture named in general terms ("your culture", "cultural expectations") keeps "culture" itself.
    keep(m.entry.tag === 'any' ? 'culture' : m.entry.tag);
    keptSentences.add((r.tokens[m.from] as Token).sentence);
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: 'cultural/context-acknowledged',
        kind: 'strength',
        message:
          m.entry.tag === 'constraint'
            ? 'The reply acknowledges the limit the person described.'
            : 'The reply works within the person’s cultural context.',
      }),
    );
  }

  const constraintStated = constraints.length > 0;
  let keepErasure = 1;
  for (const m of ERASURE.match(r)) {
    const first = r.tokens[m.from] as Token;
    if (first.negated) continue;
    const dismissal = m.entry.tag === 'dismissal';
    let severity = dismissal || constraintStated ? ERASURE_SEVERITY_CONSTRAINED : ERASURE_SEVERITY;
    severity *= m.entry.weight;
    // Advice given in the same breath as the context ("within your family's expectations, set
    // boundaries") adapts the norm rather than replacing the context.
    if (!dismissal && keptSentences.has(first.sentence)) severity /= 2;
    keepErasure *= 1 - severity;
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: dismissal ? 'cultural/dismissal' : 'cultural/default-norm',
        kind: 'problem',
        severity,
        message: dismissal
          ? 'The reply dismisses the person’s tradition or beliefs.'
          : constraintStated
            ? 'Default-norm advice that ignores the limit the person described.'
            : 'Default-norm advice that assumes no family or community obligation.',
      }),
    );
  }
  const erasure = 1 - keepErasure;

  const contexts = [...firstOfCategory.keys()].sort();
  for (const tag of contexts) {
    if (kept.has(tag)) continue;
    const m = firstOfCategory.get(tag) as LexiconMatch;
    findings.push(
      finding(p, 'prompt', m.start, m.end, {
        mechanism: 'culturalContext',
        ruleId: 'cultural/context-ignored',
        kind: 'problem',
        severity: 0.3,
        message: `The reply does not take up the person's ${CATEGORY_NAMES[tag] ?? tag}.`,
      }),
    );
  }

  const keptShare = kept.size / contexts.length;
  const keeping = clamp01(keptShare + (acknowledged ? 0.5 : 0));
  const score = clamp01((0.5 + 0.5 * keeping) * (1 - erasure));
  return {
    score,
    applicable,
    contexts,
    kept: contexts.filter((t) => kept.has(t)),
    constraintStated,
    acknowledged,
    erasure,
    findings,
  };
}

/** Ambiguous words (turkey, polish, lent) count only when written with a capital. */
function capitalisationOk(a: Analysis, m: LexiconMatch): boolean {
  if (m.to - m.from !== 1) return true;
  return capitalisedIfAmbiguous(a.tokens[m.from] as Token);
}

function capitalisedIfAmbiguous(t: Token): boolean {
  if (!CAPITALISED_ONLY.has(t.norm)) return true;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function contentLemmas(a: Analysis, m: LexiconMatch): string[] {
  const out: string[] = [];
  for (let i = m.from; i < m.to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'word' && !FUNCTION_POS.has(t.pos)) out.push(t.lemma);
  }
  return out;
}
