#!/usr/bin/env node
/** Entry point of the `empathy-profile` command. */
import { main } from './adapters/cli/main.js';

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`empathy-profile: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
