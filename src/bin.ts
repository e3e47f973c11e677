/**
 * The package's bin, dist/cli.js: sets V8's tiering for a one-pass run (v8-flags.ts), then starts
 * the CLI (dist/cli-main.js) through a code cache (compile-cache.ts). The flags come first: the
 * bundle is compiled under them, and its code cache is V8's for those flags.
 */
import { start } from './compile-cache.js';
import { setV8Flags } from './v8-flags.js';

setV8Flags();
void start();
