/**
 * Mermaid diagrams rendered in a real browser: mermaid's own browser bundle (the `mermaid`
 * devDependency's dist/mermaid.min.js, as GitHub runs it) in headless Chromium (Debian's
 * `chromium` package; .ci/run installs it when it is missing, as it does pre-commit).
 *
 * No browser driver: each diagram gets a small HTML page that loads the bundle over file://,
 * calls `mermaid.parse` and `mermaid.render`, inserts the SVG and writes what happened (the error,
 * or the labels of the boxes drawn and the picture's size) into the page; Chromium's `--dump-dom`
 * prints the page once the virtual time budget has run out, and a second run with `--screenshot`
 * takes its picture at the size of the diagram.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REQUIRE_SHARED, repoRoot } from './repo.js';

declare module 'vitest' {
  interface TaskMeta {
    /** The program whose absence skipped the test; set by needsChromium(). */
    needsTool?: string;
  }
}

/** The line of .ci/run that installs Chromium where it is missing. */
export const CHROMIUM_INSTALL = 'command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium)';

/** The first executable `name` on PATH, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The options of a `describe` whose tests run Chromium: skipped when it is not installed, and
 * marked so that test/summary-reporter.ts gives the reason once in the run's closing summary;
 * with VPCLINT_REQUIRE_SHARED=1 (.ci/run, which installs Chromium first) its absence throws.
 */
export function needsChromium(env: NodeJS.ProcessEnv = process.env): { skip: boolean; meta: { needsTool?: string } } {
  if (onPath('chromium', env) !== undefined) return { skip: false, meta: {} };
  if (env[REQUIRE_SHARED] === '1') throw new Error(`chromium is not installed, and ${REQUIRE_SHARED}=1 (.ci/run) requires it; .ci/run installs it with: ${CHROMIUM_INSTALL}`);
  return { skip: true, meta: { needsTool: 'chromium' } };
}

/** Where the screenshots are kept (git-ignored, under .tmp/). */
export const artifactsDir = path.join(repoRoot, '.tmp', 'artifacts', 'mermaid');

const MERMAID_JS = path.join(repoRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

export interface Rendered {
  /** Mermaid's parse or render error, if any. */
  readonly error?: string;
  /** The text of each box drawn, its lines joined with `\n`, in document order. */
  readonly nodes: readonly string[];
  /** The text of each edge label drawn (empty for an edge without one). */
  readonly edgeLabels: readonly string[];
  /** Edges drawn. */
  readonly edges: number;
  /** The diagram's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The screenshot (PNG), when the diagram rendered. */
  readonly screenshot?: string;
}

function page(source: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>body{margin:16px;background:#fff;font-family:sans-serif}#result{display:none}</style>
<script src="${pathToFileURL(MERMAID_JS).href}"></script></head>
<body><div id="out"></div><pre id="result"></pre>
<script>
(async () => {
  const source = ${JSON.stringify(source).replace(/</g, '\\u003c')};
  let result;
  try {
    if (typeof mermaid === 'undefined') throw new Error(${JSON.stringify(`${MERMAID_JS} did not load`)});
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    await mermaid.parse(source);
    const { svg } = await mermaid.render('diagram', source);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const el = out.querySelector('svg');
    const box = el.getBoundingClientRect();
    result = {
      nodes: [...el.querySelectorAll('g.node')].map((n) => {
        const label = n.querySelector('.nodeLabel');
        return (label !== null && typeof label.innerText === 'string' ? label.innerText : n.textContent).trim();
      }),
      edgeLabels: [...el.querySelectorAll('g.edgeLabel')].map((n) => n.textContent.trim()),
      edges: el.querySelectorAll('path.flowchart-link').length,
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    };
  } catch (e) {
    result = { error: String((e && e.message) || e), nodes: [], edgeLabels: [], edges: 0, width: 0, height: 0 };
  }
  document.getElementById('result').textContent = encodeURIComponent(JSON.stringify(result));
})();
</script></body></html>
`;
}

function chromium(args: string[]): string {
  const r = spawnSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--hide-scrollbars', '--virtual-time-budget=15000', ...args],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error !== undefined) throw r.error;
  if (r.status !== 0) throw new Error(`chromium ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/**
 * Renders one Mermaid diagram in headless Chromium and, when it renders, takes its screenshot as
 * `<artifactsDir>/<name>.png` (the page is kept beside it as `<name>.html`).
 */
export function renderMermaid(name: string, source: string): Rendered {
  mkdirSync(artifactsDir, { recursive: true });
  const html = path.join(artifactsDir, `${name}.html`);
  writeFileSync(html, page(source));
  const url = pathToFileURL(html).href;
  const dom = chromium(['--dump-dom', url]);
  const m = /<pre id="result">([^<]*)<\/pre>/.exec(dom);
  if (m === null || m[1] === '') throw new Error(`the page of ${name} wrote no result (did mermaid.min.js load?)`);
  const result = JSON.parse(decodeURIComponent(m[1]!)) as Rendered;
  if (result.error !== undefined) return result;
  const screenshot = path.join(artifactsDir, `${name}.png`);
  // The page's margins around the diagram; at most 4000 pixels either way.
  const size = `${Math.min(result.width + 32, 4000)},${Math.min(result.height + 32, 4000)}`;
  chromium([`--screenshot=${screenshot}`, `--window-size=${size}`, url]);
  return { ...result, screenshot };
}
