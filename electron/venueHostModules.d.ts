// cli/host/expressPouchdb.d.ts types express-pouchdb for the CLI's program; the Electron program
// (tsconfig.electron.json) reaches the same package through cli/host/venueHost.ts without including
// that file. Where both are in one program, its declaration is the one that types the calls.
declare module 'express-pouchdb';
