/**
 * Reads the JSDoc of every export of the package's entry points with the TypeScript compiler API and
 * renders docs/api.md. Used by scripts/gen-api-docs.ts (`npm run docs:api`) and by
 * test/docs/api.test.ts, which runs every `@example` and checks that docs/api.md is up to date.
 */
import { resolve } from 'node:path';
import ts from 'typescript';

/** The package's entry points (package.json `exports`) and their source files. */
export const ENTRIES = [
  { entry: 'empathy-profile', file: 'src/index.ts' },
  { entry: 'empathy-profile/vitest', file: 'src/adapters/vitest.ts' },
  { entry: 'empathy-profile/promptfoo', file: 'src/adapters/promptfoo.ts' },
  { entry: 'empathy-profile/scorers', file: 'src/adapters/scorers.ts' },
  { entry: 'empathy-profile/batch', file: 'src/batch/index.ts' },
] as const;

export interface PropertyDoc {
  name: string;
  type: string;
  summary: string;
  default?: string;
}

export interface ExportDoc {
  name: string;
  /** True for values (functions, constants, classes); false for types. */
  runtime: boolean;
  /** Declaration lines: one per call signature, or `const NAME: Type`, `class NAME`, `interface NAME`. */
  signatures: string[];
  summary: string;
  params: { name: string; text: string }[];
  default?: string;
  examples: string[];
  /** Properties of option and config interfaces, with their `@default`. */
  properties: PropertyDoc[];
}

export interface EntryDoc {
  entry: string;
  file: string;
  /** The JSDoc at the top of the entry file, if any. */
  summary: string;
  examples: string[];
  exports: ExportDoc[];
}

const tagText = (tag: ts.JSDocTagInfo): string => ts.displayPartsToString(tag.text).trim();
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function moduleDoc(sf: ts.SourceFile): { summary: string; examples: string[] } {
  const first = sf.statements[0];
  // A file comment sits before an import; a comment before an export belongs to that export.
  if (!first || !ts.isImportDeclaration(first)) return { summary: '', examples: [] };
  const doc = ts.getJSDocCommentsAndTags(first).find(ts.isJSDoc);
  if (!doc) return { summary: '', examples: [] };
  const summary = typeof doc.comment === 'string' ? doc.comment : (ts.getTextOfJSDocComment(doc.comment) ?? '');
  const examples = (doc.tags ?? [])
    .filter((t) => t.tagName.text === 'example')
    .map((t) => (typeof t.comment === 'string' ? t.comment : (ts.getTextOfJSDocComment(t.comment) ?? '')).trim());
  return { summary: summary.trim(), examples };
}

const OPTION_TYPE = /(Options|Config)$/;

function exportDoc(checker: ts.TypeChecker, exported: ts.Symbol): ExportDoc {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.getName();
  const decl = symbol.declarations?.[0];
  const runtime = (symbol.flags & ts.SymbolFlags.Value) !== 0;
  const tags = symbol.getJsDocTags(checker);
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
  const signatures: string[] = [];
  const properties: PropertyDoc[] = [];
  if (decl && ts.isClassDeclaration(decl)) {
    const heritage = decl.heritageClauses?.map((h) => h.getText()).join(' ');
    signatures.push(`class ${name}${heritage ? ` ${heritage}` : ''}`);
    const ctorType = checker.getTypeOfSymbolAtLocation(symbol, decl);
    for (const sig of ctorType.getConstructSignatures()) {
      signatures.push(`new ${name}${checker.signatureToString(sig, decl, flags).replace(/ => .*$/, '')}`);
    }
  } else if (runtime && decl) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    const calls = type.getCallSignatures();
    if (decl && ts.isFunctionDeclaration(decl) && calls.length > 0) {
      const isAsync = ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Async;
      const prefix = `${isAsync ? 'async ' : ''}function${decl.asteriskToken ? '*' : ''}`;
      for (const sig of calls) signatures.push(`${prefix} ${name}${checker.signatureToString(sig, decl, flags)}`);
    } else {
      const annotated = ts.isVariableDeclaration(decl) && decl.type ? decl.type.getText() : undefined;
      let shown = annotated ?? checker.typeToString(type, decl, flags);
      // A long object type (a table of functions) reads better as its keys.
      if (shown.length > 120 && calls.length === 0)
        shown = `{ ${type
          .getProperties()
          .map((p) => p.getName())
          .join(', ')} }`;
      signatures.push(`const ${name}: ${shown}`);
    }
  } else if (decl && ts.isInterfaceDeclaration(decl)) {
    signatures.push(`interface ${name}`);
    if (OPTION_TYPE.test(name)) {
      for (const prop of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
        const pd = prop.declarations?.[0];
        const ptags = prop.getJsDocTags(checker);
        if (ptags.some((t) => t.name === 'internal')) continue;
        const def = ptags.find((t) => t.name === 'default');
        properties.push({
          name: prop.getName() + (prop.flags & ts.SymbolFlags.Optional ? '?' : ''),
          type: pd && ts.isPropertySignature(pd) && pd.type ? oneLine(pd.type.getText()) : '',
          summary: oneLine(ts.displayPartsToString(prop.getDocumentationComment(checker))),
          ...(def ? { default: tagText(def) } : {}),
        });
      }
    }
  } else {
    signatures.push(`type ${name}`);
  }
  const def = tags.find((t) => t.name === 'default');
  return {
    name,
    runtime,
    signatures,
    summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
    params: tags
      .filter((t) => t.name === 'param')
      .map((t) => {
        const [pname = '', ...rest] = tagText(t).split(/\s+/);
        return { name: pname, text: rest.join(' ').replace(/^- /, '') };
      }),
    ...(def ? { default: tagText(def) } : {}),
    examples: tags.filter((t) => t.name === 'example').map(tagText),
    properties,
  };
}

/** Reads every entry point's exports and their JSDoc. `root` is the repository root. */
export function collectApi(root = process.cwd()): EntryDoc[] {
  const files = ENTRIES.map((e) => resolve(root, e.file));
  const config = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([...files, resolve(root, 'src/txt.d.ts')], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  return ENTRIES.map((e, i) => {
    const sf = program.getSourceFile(files[i] as string);
    if (!sf) throw new Error(`api-docs: cannot read ${e.file}`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const exports = exported
      .map((s) => exportDoc(checker, s))
      .sort((a, b) => Number(b.runtime) - Number(a.runtime) || a.name.localeCompare(b.name));
    return { entry: e.entry, file: e.file, ...moduleDoc(sf), exports };
  });
}

const code = (s: string): string => `\`${s.replace(/`/g, '\\`')}\``;
/** GitHub's heading anchor: lower case, punctuation other than `-` dropped, spaces as `-`. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');

/** Renders docs/api.md from the collected JSDoc. */
export function renderApiDocs(entries: EntryDoc[]): string {
  const out: string[] = [
    '# API',
    '',
    '<!-- Generated from the JSDoc in src/ by `npm run docs:api` (scripts/gen-api-docs.ts). Do not edit by hand. -->',
    '',
    'Every value export of every entry point, with its signature and an example. Each example runs in',
    '`test/docs/api.test.ts`: a line ending in `// => value` must evaluate to that value. More on the adapters',
    '(promptfoo config, matcher messages, scorers in evalite and autoevals) in [adapters.md](adapters.md), the',
    'CLI in [cli.md](cli.md), the profile in [profile.md](profile.md).',
    '',
  ];
  for (const e of entries) out.push(`- [\`${e.entry}\`](#${anchor(e.entry)})`);
  out.push('');
  for (const e of entries) {
    out.push(`## \`${e.entry}\``, '', `Source: [${e.file}](../${e.file})`, '');
    if (e.summary) out.push(e.summary, '');
    for (const ex of e.examples) out.push('```ts', ex, '```', '');
    for (const x of e.exports.filter((x) => x.runtime)) {
      out.push(`### ${x.name}`, '', '```ts', ...x.signatures, '```', '');
      if (x.summary) out.push(x.summary, '');
      if (x.params.length) {
        out.push('| parameter | meaning |', '|---|---|');
        for (const p of x.params) out.push(`| ${code(p.name)} | ${oneLine(p.text).replace(/\|/g, '\\|')} |`);
        out.push('');
      }
      if (x.default) out.push(`Default: ${code(x.default)}`, '');
      for (const ex of x.examples) out.push('```ts', ex, '```', '');
    }
    const types = e.exports.filter((x) => !x.runtime);
    if (types.length) {
      out.push(`### Types of \`${e.entry}\``, '');
      for (const t of types) {
        out.push(`- ${code(t.name)}${t.summary ? `: ${oneLine(t.summary)}` : ''}`);
        if (t.properties.length) {
          for (const p of t.properties) {
            const def = p.default ? ` Default: ${code(p.default)}.` : '';
            out.push(`  - ${code(`${p.name}: ${p.type}`)}${p.summary ? ` ${p.summary}` : ''}${def}`);
          }
        }
      }
      out.push('');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
