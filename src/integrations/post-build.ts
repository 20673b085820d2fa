import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap, type Token } from 'parse5';
import { headerCsp, parseCsp } from '../lib/csp-merge';
import { cspHeaderOnlyDirectives, sha256Source } from '../lib/csp';
import { joinBase } from '../lib/base';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Where moved scripts go: Astro's folder, which hosts cache for a year (public/_headers). */
const SCRIPT_DIR = '_astro';

/** Thrown when Astro's output no longer has the shape this step was written for. */
class UnexpectedOutput extends Error {
  constructor(file: string, what: string) {
    super(
      `post-build: ${file}: ${what}. Astro's output has changed shape; update src/integrations/post-build.ts ` +
        '(or drop the step if Astro now does this itself) before shipping.',
    );
  }
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const loc = (el: Element): Token.ElementLocation => el.sourceCodeLocation!;

/** The file name for a script's text: its content hash, so one text is one cached file. */
export function scriptFileName(code: string): string {
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
  return `${SCRIPT_DIR}/s.${hash}.js`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Finishes one built page, reading it with an HTML parser and editing only the spans it located:
 *
 * - Inline scripts Astro writes into <body> (its island runtime, hydration directives, small
 *   component scripts) move into files named by their content, so a reader downloads them once
 *   for the whole site rather than in every page. Adjacent plain scripts share one `defer` file,
 *   which keeps document order with the module scripts; each module keeps its own file.
 *   Scripts in <head> stay: the theme script must run before first paint.
 * - Astro's island <style>, which it writes inside <body> where HTML does not allow it, moves to <head>.
 * - The page's CSP script-src keeps only the hashes of the inline scripts still in it.
 *
 * Returns the page, its policy, and the script files to write (path → text, from the build's root);
 * the moved scripts are linked under the site's `base`.
 */
export function finishPage(
  html: string,
  file = 'page',
  base = '/',
): { html: string; policy: string; files: Map<string, string> } {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(doc)];
  const head = all.find((el) => el.tagName === 'head');
  const body = all.find((el) => el.tagName === 'body');
  if (!head || !body || !loc(head).endTag || !loc(body).startTag)
    throw new UnexpectedOutput(file, 'no <head> or <body> tags');
  const inBody = (el: Element) => loc(el).startOffset > loc(body).startOffset;
  const meta = all.find(
    (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy' && !inBody(el),
  );
  const policyAt = meta && loc(meta).attrs?.content;
  if (!meta || !policyAt) throw new UnexpectedOutput(file, 'no Content-Security-Policy <meta> in <head>');

  const edits: Edit[] = [];
  const files = new Map<string, string>();
  const scripts = all.filter((el) => el.tagName === 'script' && !attr(el, 'src'));
  const moved = scripts.filter(
    (el) => inBody(el) && [undefined, 'module'].includes(attr(el, 'type')) && text(el).trim() !== '',
  );
  const islands = all.some((el) => el.tagName === 'astro-island');
  if (islands && !moved.some((el) => text(el).includes('astro-island')))
    throw new UnexpectedOutput(file, 'islands, but no inline island runtime <script> in <body>');

  // Runs of adjacent plain scripts, or one module script (modules each have their own scope).
  const runs: { start: number; end: number; module: boolean; code: string[] }[] = [];
  for (const el of moved) {
    const { startOffset, endOffset } = loc(el);
    const module = attr(el, 'type') === 'module';
    const last = runs.at(-1);
    if (last && !module && !last.module && last.end === startOffset) {
      last.end = endOffset;
      last.code.push(text(el));
    } else runs.push({ start: startOffset, end: endOffset, module, code: [text(el)] });
  }
  for (const run of runs) {
    const code = run.code.join(';\n');
    const name = scriptFileName(code);
    files.set(name, code);
    const tag = run.module
      ? `<script type="module" src="${base}${name}"></script>`
      : `<script src="${base}${name}" defer></script>`;
    edits.push({ start: run.start, end: run.end, text: tag });
  }

  const styles = all.filter((el) => el.tagName === 'style' && inBody(el));
  for (const el of styles) edits.push({ start: loc(el).startOffset, end: loc(el).endOffset, text: '' });
  const headEnd = loc(head).endTag!.startOffset;
  const movedStyles = styles.map((el) => html.slice(loc(el).startOffset, loc(el).endOffset)).join('');
  if (movedStyles) edits.push({ start: headEnd, end: headEnd, text: movedStyles });

  const present = new Set<string>(scripts.filter((el) => !moved.includes(el)).map((el) => sha256Source(text(el))));
  const policy = [...parseCsp(attr(meta, 'content')!)]
    .map(([name, sources]) =>
      [
        name,
        ...(name === 'script-src'
          ? sources.filter((s) => !s.startsWith("'sha") || present.has(s.slice(1, -1)))
          : sources),
      ].join(' '),
    )
    .join('; ');
  edits.push({ start: policyAt.startOffset, end: policyAt.endOffset, text: `content="${policy}"` });

  let out = html;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { html: out, policy, files };
}

/**
 * _headers with every path rule under the site's base ("/_astro/*" → "/sub/path/_astro/*"), so a
 * host serving the site under a path applies each rule to the files it was written for.
 */
export function headersUnderBase(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? joinBase(line, base) : line))
    .join('\n');
}

/**
 * The one step after Astro's build: finishes every page (see finishPage) and adds the site's
 * Content-Security-Policy to dist/_headers, for hosts that apply it as an HTTP header, with
 * frame-ancestors, which only a header can carry; the rules' paths follow the site's base. Stops the build if a page is not shaped as expected.
 */
export default function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'msg:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter(
          (f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`),
        );
        const policies: string[] = [];
        const written = new Map<string, string>();
        for (const page of pages) {
          const path = join(out, page);
          const done = finishPage(await readFile(path, 'utf8'), relative(out, path), base);
          await writeFile(path, done.html);
          policies.push(done.policy);
          for (const [name, code] of done.files) written.set(name, code);
        }
        await mkdir(join(out, SCRIPT_DIR), { recursive: true });
        for (const [name, code] of written) await writeFile(join(out, name), code);
        const headersPath = join(out, '_headers');
        const rules = await readFile(headersPath, 'utf8');
        if (!rules.includes('/*\n')) throw new UnexpectedOutput('_headers', 'no "/*" block for the policy');
        const header = headerCsp(policies, cspHeaderOnlyDirectives);
        const withCsp = rules.replace('/*\n', `/*\n  Content-Security-Policy: ${header}\n`);
        await writeFile(headersPath, headersUnderBase(withCsp, base));
        logger.info(`Finished ${pages.length} pages: ${written.size} shared script files, CSP in _headers`);
      },
    },
  };
}
