/** The package's bin, dist/cli.js: starts the CLI (dist/cli-main.js) through a code cache (compile-cache.ts). */
import { start } from './compile-cache.js';

void start();
