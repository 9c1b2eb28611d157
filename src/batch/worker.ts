/** The piscina worker: profiles a chunk of inputs with the same code as `profile()`. */
import type { Outcome, Task } from './protocol.js';
import { runTask } from './run.js';

export default function work(task: Task): Outcome[] {
  return runTask(task);
}
