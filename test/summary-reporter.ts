/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own
 * summary, so CI logs (and tools that read them) get the totals in a fixed, runner-neutral form.
 * Before it, once per missing folder, how many tests were skipped for want of ../shared and why
 * (the tests' `needsShared` meta, test/helpers/repo.ts); test/shared-skip.test.ts runs it. Likewise
 * once per missing program (the `needsTool` meta: Chromium, test/helpers/chromium.ts).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const missing = new Map<string, number>();
    const tools = new Map<string, number>();
    for (const module of testModules) {
      // A file that failed to load (a syntax error, a missing ../shared under
      // VPCLINT_REQUIRE_SHARED=1) ran no test: it counts as one failure, not as nothing.
      if (module.errors().length > 0 && ![...module.children.allTests('failed')].length) failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else {
          skipped++;
          const needs = test.meta().needsShared;
          if (state === 'skipped' && needs !== undefined) missing.set(needs, (missing.get(needs) ?? 0) + 1);
          const tool = test.meta().needsTool;
          if (state === 'skipped' && tool !== undefined) tools.set(tool, (tools.get(tool) ?? 0) + 1);
        }
      }
    }
    let out = '\n';
    for (const [needs, count] of [...missing].sort(([a], [b]) => a.localeCompare(b))) {
      const [tests, them] = count === 1 ? ['test', 'it'] : ['tests', 'them'];
      out += `skipped ${count} ${tests}: ${needs} is absent (lay the shared folder beside the clone to run ${them}; .ci/run requires it)\n`;
    }
    for (const [tool, count] of [...tools].sort(([a], [b]) => a.localeCompare(b))) {
      const [tests, them] = count === 1 ? ['test', 'it'] : ['tests', 'them'];
      out += `skipped ${count} ${tests}: ${tool} is not installed (install it to run ${them}; .ci/run installs it and requires it)\n`;
    }
    process.stdout.write(`${out}tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
