/**
 * The dev/test split of the evaluation data.
 *
 * Each row goes to a side by a hash of its id, never by position or by the data set's own
 * split column, so the assignment is stable when files are re-ordered or extended and the same
 * id (e.g. one XSTest prompt answered by two models) always lands on the same side.
 *
 * Rule: FNV-1a 32-bit over the id's UTF-16 code units; an even hash is `dev`, odd is `test`.
 */

export type Split = 'dev' | 'test';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a, 32 bit, over the string's UTF-16 code units, as an unsigned integer.
 * Code units rather than UTF-8 bytes: equal for the ASCII ids of the data sets, and simpler.
 */
export function fnv1a32(value: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    // Math.imul keeps the multiplication in 32 bits, as the reference C code does.
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The side of the split that the row with this id belongs to. */
export function splitOf(id: string): Split {
  return fnv1a32(id) % 2 === 0 ? 'dev' : 'test';
}
