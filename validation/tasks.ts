/**
 * The registry of validation tasks. Each metric's tasks live in their own file under
 * validation/tasks/, so rows can be added without touching this list.
 */
import type { Task } from './task.js';
import { affectTasks } from './tasks/affect.js';
import { conflictTasks } from './tasks/conflict.js';
import { distancingTasks } from './tasks/distancing.js';
import { hedgingTasks } from './tasks/hedging.js';
import { overallTasks } from './tasks/overall.js';
import { salienceTasks } from './tasks/salience.js';

export const TASKS: readonly Task[] = [
  ...affectTasks,
  ...salienceTasks,
  ...hedgingTasks,
  ...distancingTasks,
  ...conflictTasks,
  ...overallTasks,
];

const ids = new Set<string>();
for (const t of TASKS) {
  if (ids.has(t.id)) throw new Error(`duplicate validation task id ${t.id}`);
  ids.add(t.id);
}
