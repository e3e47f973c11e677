/**
 * The reporter registry: output format name -> reporter. The CLI validates `--format` against it;
 * formats that are designed but not written yet are listed separately so the CLI can say so
 * instead of calling them unknown.
 */
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportContext } from './types.js';

export const reporters: ReadonlyMap<string, Reporter> = new Map<string, Reporter>([
  ['text', renderText],
  ['json', renderJson],
  ['sarif', renderSarif],
  ['markdown', renderMarkdown],
  ['github', renderGithub],
]);

/** Formats in the CLI contract whose reporters do not exist yet (none today). */
export const PLANNED_FORMATS: readonly string[] = [];
