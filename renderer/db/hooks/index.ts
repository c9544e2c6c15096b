// The live reads the screens use: each wraps a Dexie live query (the table, the index, the filter
// and the order) so that no screen names a table. One-off reads are in ../reads.ts, writes in the
// actions (../actions.ts and beside it).
export * from './conference';
export * from './register';
export * from './votes';
export * from './elections';
export * from './archive';
export * from './venue';
