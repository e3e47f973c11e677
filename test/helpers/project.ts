// Throw-away project folders for CLI tests: files written under one temporary root (removed after
// the test file), and the CLI's `main` run in-process on them with its output captured.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../src/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `project(name, files)` writes files (relative paths to text) into a folder and returns it; `run(cwd, argv)` runs the CLI there. */
export function tempProjects(prefix: string): {
  project: (name: string, files: Record<string, string>) => string;
  run: (cwd: string, argv: string[]) => Promise<CliRun>;
} {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    project(name, files) {
      const dir = path.join(root, name);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      return dir;
    },
    async run(cwd, argv) {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
      return { code, stdout, stderr };
    },
  };
}
