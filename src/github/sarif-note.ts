/**
 * The Action's word on a SARIF file that had to leave results out to stay within code scanning's
 * limits (src/report/sarif.ts): a warning in the log and on the run's summary page, so the
 * uploaded alerts are not mistaken for all of them.
 */
import { readFileSync } from 'node:fs';
import { omissionMessage, omittedResults } from '../report/sarif.js';

/** The warning for the SARIF file `file`, or undefined when it holds every finding (or cannot be read). */
export function sarifOmissionWarning(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return sarifTextOmissionWarning(text);
}

/** The warning for a SARIF log's text (as renderSarif wrote it), or undefined when it holds every finding (or is not JSON). */
export function sarifTextOmissionWarning(text: string): string | undefined {
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch {
    return undefined;
  }
  const omitted = omittedResults(log);
  return omitted === undefined ? undefined : `vpclint: ${omissionMessage(omitted)}`;
}
