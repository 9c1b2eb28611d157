import Sentiment from 'sentiment';
import { affectDelta, promptAffect, sentimentAttenuationMechanism } from '../src/metrics/affect.js';
const af = new Sentiment();
for (const t of ['The hospital sent the tax bill.', 'The family planted flowers in the garden.', 'The food was bad, but the service was wonderful.', 'The food was wonderful, but the service was bad.', 'The news was not good.', 'The news was good.', 'What caused the First World War?', 'My mother is in the hospital with cancer.', 'How do I file my tax return?', 'The soldiers were killed in the war.', 'We celebrated the wedding with a feast.', 'The garden is lovely.', 'The garden is really lovely.', 'There was no war.', 'There was a war.', 'The war.', 'The long and costly war dragged on through the cold winter and the hungry spring.'])
  { const p = promptAffect(t); console.log(p.valence.toFixed(3), p.feltValence.toFixed(3), p.intensity.toFixed(2), p.applicable, af.analyze(t).score, t); }
const m = sentimentAttenuationMechanism(affectDelta('I moved to a new city last month and I started a new job.', 'Apartments are listed on several websites.'));
console.log(m.applicable, m.severity, m.reason);
