import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every regular expression literal (and `new RegExp('...')` with a literal pattern) in src/. */
function regexesIn(dir: string): { file: string; line: number; source: string; flags: string }[] {
  const out: { file: string; line: number; source: string; flags: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...regexesIn(path));
      continue;
    }
    if (!path.endsWith('.ts')) continue;
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        out.push({ file: path, line, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp' &&
        node.arguments?.[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
        out.push({ file: path, line, source: node.arguments[0].text, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const regexes = regexesIn('src');

describe('every regular expression in src/ runs in linear time (recheck)', () => {
  it('finds the regexes it checks', () => {
    expect(regexes.length).toBeGreaterThan(0);
  });
  it.each(regexes.map((r) => [`${r.file}:${r.line} /${r.source}/${r.flags}`, r] as const))('%s', (_, r) => {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''));
    expect(result.status, `${r.file}:${r.line}: ${JSON.stringify(result)}`).toBe('safe');
  });
});
