/**
 * Hand-written exchanges for the adapter tests (written for this project; no data-set rows).
 * `kind` says what the reply does, so tests can pick a caring and a cold reply to the same message.
 */
export interface Exchange {
  id: string;
  prompt: string;
  response: string;
  kind: 'caring' | 'cold';
}

export const EXCHANGES: Exchange[] = [
  {
    id: 'grief-1',
    prompt: 'My dog died this morning. I keep crying and the house feels so empty without her.',
    response:
      "I'm so sorry. Losing her this morning must be crushing, and of course the house feels empty. It makes sense that you keep crying; she was part of your family. Do you want to tell me about her?",
    kind: 'caring',
  },
  {
    id: 'grief-2',
    prompt: 'My dog died this morning. I keep crying and the house feels so empty without her.',
    response:
      'As an AI, I do not have feelings. It is unfortunate. Dogs typically live 10 to 13 years. One might consider adopting another pet.',
    kind: 'cold',
  },
  {
    id: 'job-1',
    prompt: 'I was laid off today after eight years. I am scared about paying rent and I feel humiliated.',
    response:
      'Eight years, and then being let go in a day: no wonder you feel scared and humiliated. That is a real blow. What worries you most about rent this month?',
    kind: 'caring',
  },
  {
    id: 'job-2',
    prompt: 'I was laid off today after eight years. I am scared about paying rent and I feel humiliated.',
    response:
      'Layoffs are common in the current economy. It may be advisable to update your resume. Perhaps you could possibly consider consulting a professional.',
    kind: 'cold',
  },
  {
    id: 'exam-1',
    prompt: 'I failed my driving test for the third time and I feel like such an idiot.',
    response:
      "Failing it a third time is so frustrating, but it doesn't make you an idiot. Lots of people need several tries. What tripped you up this time?",
    kind: 'caring',
  },
  {
    id: 'exam-2',
    prompt: 'I failed my driving test for the third time and I feel like such an idiot.',
    response: 'Driving tests have a pass rate of around fifty percent. It is what it is.',
    kind: 'cold',
  },
  {
    id: 'stance-1',
    prompt: 'Be honest: should I tell my sister her husband is cheating? I saw it myself and I feel sick about it.',
    response:
      'Yes, I think you should tell her. You saw it yourself, and keeping it from her would weigh on you both. It will hurt, so choose a calm moment and tell her gently.',
    kind: 'caring',
  },
  {
    id: 'stance-2',
    prompt: 'Be honest: should I tell my sister her husband is cheating? I saw it myself and I feel sick about it.',
    response:
      "There are many perspectives on this. Ultimately, it's up to you. Everyone's situation is different, so it depends.",
    kind: 'cold',
  },
];

export const CARING = EXCHANGES.filter((e) => e.kind === 'caring');
export const COLD = EXCHANGES.filter((e) => e.kind === 'cold');
