/**
 * How the model and the reports word attribute paths and unknown values, in one place: the
 * builder's reasons, data-source reasons and the grouped unresolved output all say it alike.
 */
import type { AttrPath } from '../parse/source.js';

/** `['route', 0, 'cidr_block']` -> `route[0].cidr_block`. */
export function pathText(path: AttrPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const phrases = new Map<string, string>();

/** A reason as the end of "X is …": "known after apply" stays, another becomes "unknown (reason)". */
export function unknownPhrase(reason: string): string {
  let phrase = phrases.get(reason);
  if (phrase === undefined) {
    const r = reason.trim();
    phrase = r === '' ? 'unknown' : /^(known after apply|unknown|not known)/i.test(r) ? r : `unknown (${r})`;
    // Parsers use a handful of reasons; the cache stays small unless reasons embed values.
    if (phrases.size < 1000) phrases.set(reason, phrase);
  }
  return phrase;
}
