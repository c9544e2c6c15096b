export * from './pairing';
export * from './roles';
export * from './venueDocs';
