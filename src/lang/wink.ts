// One wink-nlp instance per process: loading the model costs ~100 ms, so it is made once, on first use.
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let nlp: WinkMethods | null = null;

export function wink(): WinkMethods {
  if (!nlp) nlp = winkNLP(model);
  return nlp;
}
