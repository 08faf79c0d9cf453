export { LineAssembler, looksBinary, DEFAULT_MAX_LINE, type PushResult } from './lines.ts';
export { DedupeWindow, parseDuration } from './dedupe.ts';
export { formatHit, hitKey, hitsOf, lineHits, type WatchHit } from './hits.ts';
