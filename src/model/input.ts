import type { DocMeta, RawDocument } from './document.ts';

/** Bytes as the edge (fetch/, serve/) read them, before ingest decides what they are. */
export interface Input {
  /** A path, URL, "stdin" or "records.jsonl#3": names the input in every message. */
  name: string;
  bytes: Uint8Array;
  /** Final URL after redirects, when it came over HTTP. */
  url?: string;
  /** Content-Type header, or a type known from the file name. */
  contentType?: string;
  /** Metadata already known (e.g. from a feed item), used where the document itself has none. */
  meta?: DocMeta;
}

/** What ingest makes of one input: documents, and links it found that the edge should fetch (feed items). */
export interface Ingested {
  docs: RawDocument[];
  follow: { url: string; meta: DocMeta }[];
}
