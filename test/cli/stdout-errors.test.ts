/**
 * Standard output that cannot be written: a full disk is an incomplete result (one message on
 * stderr, exit 2, no stack trace); a pipe closed early (`vpclint … | head`) is not an error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitOnceWritten, guardedStream } from '../../src/cli.js';
import { repoRoot } from '../helpers/repo.js';

/** A stream whose write throws `code` (or emits it as an 'error' event when `async`). */
function failingStream(code: string, async = false) {
  const stream = new EventEmitter() as EventEmitter & { write: (t: string) => boolean; written: string[] };
  stream.written = [];
  stream.write = (t: string) => {
    const error = Object.assign(new Error(`${code}: failed, write`), { code });
    if (async) {
      stream.emit('error', error);
      return false;
    }
    if (stream.written.length > 0) throw error;
    stream.written.push(t);
    return true;
  };
  return stream;
}

describe('guardedStream', () => {
  it('reports a failed write once and stops writing', () => {
    const s = failingStream('ENOSPC');
    const g = guardedStream(s as unknown as NodeJS.WritableStream, 'standard output');
    g.write('first\n');
    g.write('second\n');
    g.write('third\n');
    expect(s.written).toEqual(['first\n']);
    expect(g.failure()).toBe('cannot write to standard output: ENOSPC: failed, write');
  });

  it('takes a closed pipe (EPIPE), thrown or emitted, as the reader having stopped, not as a failure', () => {
    const thrown = guardedStream(failingStream('EPIPE') as unknown as NodeJS.WritableStream, 'standard output');
    thrown.write('a');
    thrown.write('b');
    expect(thrown.failure()).toBeUndefined();
    const emitted = guardedStream(failingStream('EPIPE', true) as unknown as NodeJS.WritableStream, 'standard output');
    emitted.write('a');
    expect(emitted.failure()).toBeUndefined();
  });
});

describe('the CLI on a full disk', () => {
  it('says so on stderr and exits 2, without a stack trace', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('this system has no /dev/full to simulate a full disk');
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'examples/'], {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', fd, 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('vpclint: cannot write to standard output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(fd);
    }
  });
});

describe('exitOnceWritten', () => {
  /** A stream that holds each write's callback until `flush()`, as a pipe whose reader is slow does. */
  function slowStream() {
    const pending: (() => void)[] = [];
    return {
      write: (_text: string, done?: () => void) => {
        if (done !== undefined) pending.push(done);
        return false;
      },
      flush: () => pending.splice(0).forEach((done) => done()),
    };
  }

  it('exits only once every stream has written out what it was given', () => {
    const out = slowStream();
    const err = slowStream();
    let exits = 0;
    exitOnceWritten([out, err] as unknown as NodeJS.WritableStream[], () => exits++);
    expect(exits).toBe(0);
    out.flush();
    expect(exits).toBe(0);
    err.flush();
    expect(exits).toBe(1);
  });

  it('leaves the exit to the process when a write has failed (thrown or reported), so the failure is reported first', () => {
    const out = slowStream();
    const full = {
      write: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    let exits = 0;
    exitOnceWritten([full, out] as unknown as NodeJS.WritableStream[], () => exits++);
    out.flush();
    expect(exits).toBe(0);
    const closed = { write: (_text: string, done: (error?: Error) => void) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) };
    exitOnceWritten([closed, out] as unknown as NodeJS.WritableStream[], () => exits++);
    out.flush();
    expect(exits).toBe(0);
  });
});
