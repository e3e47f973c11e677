// Preloaded into the process the benchmark measures (`node --require rss-probe.cjs …`): on exit it
// writes the process's peak resident set size, in kilobytes, to the file named by
// VPCLINT_BENCH_RSS_FILE. Measuring from inside sees the child's own peak, which the parent cannot.
'use strict';
const out = process.env.VPCLINT_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
