import { parse as parseAstro } from '@astrojs/compiler/sync';
import { is } from '@astrojs/compiler/utils';
import type { Node as AstroNode } from '@astrojs/compiler/types';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layers of `src/`, lowest first: each may import only the ones before it (and itself). What sits above them
 * (pages, components, layouts, integrations, the content config) may import any of them; the client has rules of
 * its own (it runs in the browser).
 */
export const LAYERS = ['shared', 'language', 'markdown', 'content', 'features', 'site'] as const;
const TOP = ['pages', 'components', 'layouts', 'integrations', 'config'] as const;
/** The layers whose modules the client may load: what runs in a browser. */
const CLIENT_MAY_IMPORT = ['shared', 'language', 'site'] as const;
/** Layers whose modules may use Astro's virtual modules (`astro:content` …): only what Astro itself runs. */
const ASTRO_LAYERS = new Set<string>(['site', ...TOP]);
/** Packages that run in a browser, which client code may load: Workbox, for the service worker. */
export const BROWSER_PACKAGES = new Set<string>([
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
]);

export type Layer = (typeof LAYERS)[number] | (typeof TOP)[number] | 'client' | 'scripts' | 'tests';

/** One import of a file: a relative one resolved to the file it names (project-relative), or a package. */
export interface Import {
  line: number;
  specifier: string;
  /** The imported file, relative to the project root with `/`; undefined for a package or a virtual module. */
  target?: string;
  /**
   * `import type`, `export type`, `typeof import('…')`: erased from the JavaScript. Not `import { type X }`: under
   * `verbatimModuleSyntax` that stays as `import {} from '…'`, and the module is loaded.
   */
  typeOnly: boolean;
  /** Written in an .astro file's `<script>`: the browser loads it. */
  browser?: boolean;
}

export interface SourceFile {
  /** Relative to the project root, with `/`. */
  path: string;
  imports: Import[];
}

/** The layer a file belongs to; undefined for what no rule covers (styles, `.d.ts` types, files outside). */
export function layerOf(file: string): Layer | undefined {
  if (file === 'src/content.config.ts') return 'config';
  const [top, folder] = file.split('/');
  if (top === 'scripts') return 'scripts';
  if (top === 'tests') return 'tests';
  if (top !== 'src' || !folder) return undefined;
  if (
    folder === 'client' ||
    (LAYERS as readonly string[]).includes(folder) ||
    (TOP as readonly string[]).includes(folder)
  )
    return folder as Layer;
  return undefined;
}

/** The layers a file of `layer` may import from (its own included). */
function allowed(layer: Layer): readonly string[] {
  const index = (LAYERS as readonly string[]).indexOf(layer);
  if (index !== -1) return LAYERS.slice(0, index + 1);
  if (layer === 'client') return ['client', ...CLIENT_MAY_IMPORT];
  if (layer === 'scripts') return [...LAYERS, 'client', ...TOP, 'scripts'];
  return [...LAYERS, 'client', ...TOP];
}

/** How a rule names what a layer may import: the others, its own folder going without saying. */
function ruleOf(layer: Layer): string {
  const others = allowed(layer).filter((other) => other !== layer);
  return others.length ? `${layer} may import only ${others.join(', ')}` : `${layer} may import no other layer`;
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

/** What a module that is not a file of the project (`specifier`) is, when a browser cannot load it. */
function notForBrowsers(specifier: string): string | undefined {
  if (specifier.startsWith('astro:')) return "Astro's virtual modules";
  if (isBuiltin(specifier)) return 'Node';
  if (BROWSER_PACKAGES.has(packageOf(specifier))) return undefined;
  return 'a package not known to run in a browser (see BROWSER_PACKAGES)';
}

/**
 * Every import that breaks a rule, as `file:line imports target: rule`:
 * - a layer imports only from the layers below it (and its own);
 * - nothing in `src/` or `scripts/` imports `tests/`, and nothing in `src/` imports `scripts/`;
 * - Astro's virtual modules (`astro:*`) only in `site` and above: the layers below run outside Astro too;
 * - what the client loads (its modules and, through their value imports, the modules they reach) imports no
 *   Node built-in, no `astro:*` and no package but the browser ones ({@link BROWSER_PACKAGES});
 * - no two files import each other, directly or through others.
 */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer || layer === 'tests') continue;
    for (const { line, specifier, target, browser } of file.imports) {
      const at = `${file.path}:${line} imports`;
      const rules = browser ? 'client' : layer;
      if (target === undefined) {
        const unsafe = browser && notForBrowsers(specifier);
        if (unsafe)
          problems.push(`${at} ${specifier}: a <script> is client code, and client code may not use ${unsafe}`);
        else if (specifier.startsWith('astro:') && !ASTRO_LAYERS.has(layer) && layer !== 'client')
          problems.push(`${at} ${specifier}: only site and the pages above it may use Astro's virtual modules`);
        continue;
      }
      const targetLayer = layerOf(target);
      if (targetLayer === 'tests') {
        problems.push(
          `${at} ${target}: nothing in src/ or scripts/ imports tests/ (put what both use in scripts/lib/)`,
        );
      } else if (targetLayer === 'scripts' && layer !== 'scripts') {
        problems.push(`${at} ${target}: nothing in src/ imports scripts/`);
      } else if (targetLayer && !allowed(rules).includes(targetLayer)) {
        problems.push(
          `${at} ${target}: ${browser ? `a <script> is client code, and ${ruleOf('client')}` : ruleOf(layer)}`,
        );
      }
    }
  }

  // What the browser loads: the client's modules, and every module their value imports reach.
  const loaded = new Map<string, string>();
  const queue: (readonly [file: string, from: string])[] = [
    ...files.filter((file) => layerOf(file.path) === 'client').map((file) => [file.path, file.path] as const),
    ...files.flatMap((file) =>
      file.imports.flatMap(({ target, browser }) => (browser && target ? [[target, file.path] as const] : [])),
    ),
  ];
  for (const [file, from] of queue) {
    if (loaded.has(file)) continue;
    loaded.set(file, from);
    for (const { target, typeOnly } of byPath.get(file)?.imports ?? [])
      if (target && !typeOnly && byPath.has(target)) queue.push([target, from]);
  }
  for (const [file, from] of loaded) {
    for (const { line, specifier, target, typeOnly } of byPath.get(file)!.imports) {
      if (target !== undefined || typeOnly) continue;
      const what = notForBrowsers(specifier);
      if (!what) continue;
      const via = file === from ? 'client code' : `client code (${from}) loads it, and client code`;
      problems.push(`${file}:${line} imports ${specifier}: ${via} may not use ${what}`);
    }
  }

  for (const cycle of cycles(files)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return problems;
}

/** The import cycles among `files` (type imports included), one per group of files that reach each other. */
function cycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(
    files.map((file) => [file.path, [...new Set(file.imports.flatMap(({ target }) => (target ? [target] : [])))]]),
  );
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.unshift(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)!.includes(node)) found.push(component);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

const SOURCE = /\.(?:ts|mts|cts|tsx|js|mjs|cjs|jsx|astro)$/;
const EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '.astro', '.json'];

/** A piece of a file's code, with the line it starts on, and whether the browser runs it. */
interface Piece {
  code: string;
  line: number;
  browser?: boolean;
}

/**
 * The code of a file as TypeScript pieces: an .astro file's frontmatter and the scripts Astro bundles, read with
 * Astro's own parser (an `is:inline` script is left as it is, so it imports nothing; a script's `src` is an import).
 */
function codeOf(text: string, file: string): Piece[] {
  if (!file.endsWith('.astro')) return [{ code: text, line: 1 }];
  const pieces: Piece[] = [];
  // By hand: the compiler's own `walk` calls back on a node's children but goes no deeper.
  const walk = (node: AstroNode, visit: (node: AstroNode) => void) => {
    visit(node);
    if (is.parent(node)) for (const child of node.children) walk(child, visit);
  };
  walk(parseAstro(text, { position: true }).ast, (node) => {
    const line = node.position?.start.line ?? 1;
    // The frontmatter's code starts after the line of its opening fence, and a script's after its tag.
    if (is.frontmatter(node)) pieces.push({ code: node.value, line });
    if (!is.element(node) || node.name !== 'script') return;
    const attribute = (name: string) => node.attributes.find((found) => found.name === name);
    if (attribute('is:inline')) return;
    const src = attribute('src');
    if (src) pieces.push({ code: `import ${JSON.stringify(src.value)};`, line, browser: true });
    for (const child of node.children)
      if (is.text(child)) pieces.push({ code: child.value, line: child.position?.start.line ?? line, browser: true });
  });
  return pieces;
}

/**
 * The imports of one piece of code, static and dynamic, type imports included. A form whose module cannot be read
 * from the code (`import(variable)` not marked `@vite-ignore`, `import.meta.glob`) throws, naming the line: the
 * rules cannot hold it.
 */
function importsIn(code: string, firstLine: number, file: string): Omit<Import, 'target'>[] {
  const kind = /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile('piece.ts', code, ts.ScriptTarget.Latest, true, kind);
  const found: Omit<Import, 'target'>[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + firstLine;
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier))
      throw new Error(
        `${file}:${lineOf(node)}: an import of a module named at run time, which the layer rules cannot check`,
      );
    found.push({ line: lineOf(node), specifier: specifier.text, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    } else if (ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      // Marked for Vite to leave alone: a URL of the built site (Pagefind's runtime), not a module of the project.
      const argument = node.arguments[0];
      if (!argument || !code.slice(argument.pos, argument.getStart(source)).includes('@vite-ignore'))
        add(node, argument, false);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      add(node, node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isMetaProperty(node.expression) &&
      node.expression.keywordToken === ts.SyntaxKind.ImportKeyword &&
      /^glob/.test(node.name.text)
    ) {
      throw new Error(`${file}:${lineOf(node)}: import.meta.${node.name.text}, which the layer rules cannot check`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative or root-relative specifier names, relative to `root`; undefined when there is none. */
function resolve(root: string, importer: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  // `/src/…` is from the project root, as Vite reads it.
  const target = bare.startsWith('/') ? path.join(root, bare) : path.resolve(root, path.dirname(importer), bare);
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  const candidates = [
    target,
    ...EXTENSIONS.map((ext) => target + ext),
    ...EXTENSIONS.map((ext) => path.join(target, `index${ext}`)),
  ];
  const found = candidates.find(isFile);
  return found && path.relative(root, found).split(path.sep).join('/');
}

/** Reads every TypeScript, JavaScript and .astro file under `folders` of `root`, with its imports. */
export function readSourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(file);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
    });
  return folders.flatMap(walk).map((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const imports = codeOf(text, file).flatMap(({ code, line, browser }) =>
      importsIn(code, line, file).map((piece): Import => {
        const found = browser ? { ...piece, browser } : piece;
        if (!/^\.{0,2}\//.test(found.specifier)) return found;
        const target = resolve(root, file, found.specifier);
        if (!target) throw new Error(`${file}:${found.line}: cannot resolve '${found.specifier}'`);
        return { ...found, target };
      }),
    );
    return { path: file, imports };
  });
}
