/** Clock check: OKX server time vs a local clock, in OKX's 30-second-window terms. */
export * from './estimate.ts';
export * from './verdict.ts';
export * from './hosts.ts';
export * from './response.ts';
export * from './host-commands.ts';
export * from './host-parse.ts';
export * from './messages.ts';
export * from './measure.ts';
export * from './site-time.ts';
export * from './check.ts';
