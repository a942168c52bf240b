// One wink-nlp instance per process: loading the model costs ~100 ms, so it is made once, on first use (and the
// packages are required then too: a process or worker that never embeds never loads them).
import { createRequire } from 'node:module';
import type WinkModel from 'wink-eng-lite-web-model';
import type winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';

const requireLazy = createRequire(import.meta.url);
let nlp: WinkMethods | null = null;

export function wink(): WinkMethods {
  if (!nlp) {
    const make = requireLazy('wink-nlp') as typeof winkNLP;
    nlp = make(requireLazy('wink-eng-lite-web-model') as typeof WinkModel);
  }
  return nlp;
}
