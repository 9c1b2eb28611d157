#!/usr/bin/env node
/** Entry point of the `empathy-profile` command. */
import { main } from './adapters/cli/main.js';

// A reader that stops early (`empathy-profile score big.jsonl | head`) closes the pipe. What was written
// is a complete, ordered prefix; stop quietly instead of dying with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`empathy-profile: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
