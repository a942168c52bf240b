// The library: `import { brief, clean, extract } from 'corroborate'`. Articles in (text, or records of the
// briefing contract's input format), results out, through the same pipeline as the CLI. Nothing is read from
// disk or network here: give the text.
export { type Article, type ArticleInput, ArticleSchema, type LibraryOptions } from './api/input.ts';
export { type BriefResult, brief, type CleanResult, clean, type ExtractResult, extract } from './api/run.ts';
export type { Briefing } from './model/briefing.ts';
export { BriefingSchema } from './model/briefing.ts';
export type { Document } from './model/document.ts';
export type { Issue } from './model/issue.ts';
