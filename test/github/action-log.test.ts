/**
 * The Action's own log lines (core.info, warning, setFailed) quote input; they pass through
 * escapeText, so the runner reads no workflow command from them and no raw control character
 * reaches the log. Runs `runAction` in-process with a hostile input value.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/github/action.js';
import { RAW_CONTROL, workflowCommands } from '../helpers/workflow-commands.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe('the Action log', () => {
  it('shows a hostile input value escaped in the failure line: one ::error:: command, nothing else', async () => {
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    vi.stubEnv('INPUT_COMMENT', 'tr\u001b[2Jue\n::stop-commands::pwnd ##[add-mask]x');
    await runAction();
    expect(process.exitCode).toBe(2);
    expect(stdout).toBe(
      '::error::vpclint action failed: input comment must be true or false, not "tr\\x1b[2Jue\\n::stop-commands::pwnd ##\\x5badd-mask]x"\n',
    );
    expect(workflowCommands(stdout)).toEqual([stdout.trimEnd()]);
    expect(stdout).not.toMatch(RAW_CONTROL);
  });
});
