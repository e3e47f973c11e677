// The entry point of dist/action.js (action.yml's `main`): runs the Action once.
import { runAction } from './action.js';

await runAction();
