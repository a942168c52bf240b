/** Turns texts into vectors. `name` names the model and its version: vectors of two names are never mixed. */
export interface Embedder {
  name: string;
  dim: number;
  /** One vector of `dim` numbers per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}
