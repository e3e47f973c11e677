/**
 * What a run takes from outside its command-line paths: the configuration file, the baseline
 * (`--baseline FILE`) and the day expiry dates are judged against. Shared by the CLI and, through
 * it, the GitHub Action.
 */
import path from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import type { Baseline } from '../engine/baseline.js';
import { parseBaseline } from './baseline-file.js';
import type { Rule } from '../engine/define-rule.js';
import { isDate } from '../engine/suppress.js';
import { InputError, UsageError } from '../errors.js';
import { describeFsError, displayPath, readRegularFile } from '../files.js';
import { loadConfig, type LoadedConfig } from './load.js';

/** The environment variable that fixes "today" for expiry dates (reproducible runs, tests). */
export const TODAY_VARIABLE = 'VPCLINT_TODAY';

export interface RunSettings {
  readonly config?: LoadedConfig;
  readonly baseline?: Baseline;
  readonly today?: string;
}

export interface RunSettingsOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--config FILE`. */
  readonly config?: string;
  /** `--baseline FILE`. */
  readonly baseline?: string;
  /** The rules of the run (with the catalogue, what the configuration may name). */
  readonly rules: readonly Rule[];
}

/** Loads the configuration and the baseline and reads the day; throws a VpclintError (exit 2). */
export async function loadRunSettings(options: RunSettingsOptions): Promise<RunSettings> {
  const today = options.env[TODAY_VARIABLE];
  if (today !== undefined && today !== '' && !isDate(today)) {
    throw new UsageError(`${TODAY_VARIABLE} must be a date (YYYY-MM-DD), not "${today}"`);
  }
  const catalogue = [...new Set([...allRules, ...options.rules])];
  const config = await loadConfig({ cwd: options.cwd, file: options.config, rules: catalogue });
  let baseline: Baseline | undefined;
  if (options.baseline !== undefined) {
    const absolute = path.resolve(options.cwd, options.baseline);
    const file = displayPath(absolute, options.cwd);
    let text: string;
    try {
      text = readRegularFile(absolute).toString('utf8');
    } catch (error) {
      throw new InputError(`cannot read the baseline: ${describeFsError(error)}`, {
        file,
        hint: 'write one with vpclint --write-baseline FILE',
        cause: error,
      });
    }
    baseline = parseBaseline(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
  }
  return {
    ...(config === undefined ? {} : { config }),
    ...(baseline === undefined ? {} : { baseline }),
    ...(today === undefined || today === '' ? {} : { today }),
  };
}
