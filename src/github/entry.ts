// The entry point of dist/action.js (action.yml's `main`): checks the runner's environment, then
// loads and runs the Action once. The Action is imported only after the check, because
// `@actions/github` reads the event file and GITHUB_API_URL when it is loaded (src/github/startup.ts).
import { environmentProblem, failStartup } from './startup.js';

/** Checks the environment, then loads and runs the Action (not at the top level: dist/action.js is CommonJS). */
async function start(): Promise<void> {
  const problem = environmentProblem(process.env);
  if (problem !== undefined) {
    failStartup(problem);
    return;
  }
  let action: typeof import('./action.js') | undefined;
  try {
    action = await import('./action.js');
  } catch (error) {
    failStartup(error instanceof Error ? error.message : String(error), error);
  }
  if (action !== undefined) await action.runAction();
}

void start();
