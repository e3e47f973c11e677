/**
 * The Action's own log lines (core.info, warning, setFailed) quote input; they pass through
 * escapeText, so the runner reads no workflow command from them and no raw control character
 * reaches the log. Runs `runAction` in-process with a hostile input value.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/github/action.js';
import { failStartup } from '../../src/github/startup.js';
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

  it('shows a startup failure that quotes input escaped, on stdout and in the debug stack on stderr', () => {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    vi.stubEnv('RUNNER_DEBUG', '1');
    const error = new SyntaxError('Unexpected token \'x\', "x\n::add-mask::y\u001b" is not valid JSON');
    failStartup(error.message, error);
    expect(process.exitCode).toBe(2);
    expect(stdout).toBe('::error::vpclint could not start: Unexpected token \'x\', "x\\n::add-mask::y\\x1b" is not valid JSON\n');
    expect(stderr.split('\n').slice(0, 2)).toEqual(['SyntaxError: Unexpected token \'x\', "x', '\\x3a:add-mask::y\\x1b" is not valid JSON']);
    expect(workflowCommands(stderr)).toEqual([]);
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});
