/**
 * Client-safe shared code: pure functions and plain data, no Node or build-time imports, so both
 * server pages and client components may import it (a test follows every client import to check).
 */
export * from './modes';
export * from './label-metrics';
export * from './links';
export * from './trace';
export type * from './types';
export * from './text-fragment';
export * from './coverage';
export * from './citations';
export * from './search';
export * from './search-rank';
