const lib = await import(process.env.LIB ?? '../dist/index.js');
import { makeReply } from './corpus.ts';
const text = makeReply(300_000);
lib.analyze(text);
const t = process.cpuUsage();
for (let i = 0; i < 5; i++) lib.analyze(text);
const u = process.cpuUsage(t);
console.log('analyze cpu ms per 300KB', ((u.user + u.system) / 5000).toFixed(0));
