/** The piscina worker: profiles a chunk of inputs with the same code as `profile()`. */
import { profile } from '../profile.js';
import type { Outcome, Task } from './protocol.js';
import { runTask } from './run.js';

// Warm up while the worker starts (piscina loads this module before the worker takes a task):
// the first profile loads the wink-nlp model and compiles every lexicon, about a second, which
// is then paid once per worker at start-up rather than inside the first chunk. Profiles carry no
// state from one call to the next, so this changes no result.
profile('I lost my job today.', "I'm sorry, that sounds hard.");

export default function work(task: Task): Outcome[] {
  if (task.barrier) {
    // `pool.ready()`: each worker holds its barrier task until every worker has one, so the
    // tasks land on distinct workers and all of them are known to be started and warm.
    const [counter, n] = [task.barrier.counter, task.barrier.workers];
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
    const deadline = Date.now() + 60_000;
    for (let seen = Atomics.load(counter, 0); seen < n && Date.now() < deadline; seen = Atomics.load(counter, 0)) {
      Atomics.wait(counter, 0, seen, 1000);
    }
    return [];
  }
  return runTask(task);
}
