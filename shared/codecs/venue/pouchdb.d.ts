/**
 * The part of PouchDB's API Plenum uses, typed here: DefinitelyTyped's @types/pouchdb-core
 * declares a global `Buffer` of its own, which breaks Node's types in the same program.
 */
declare namespace PouchDB {
  interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    [field: string]: unknown;
  }
  type WriteResult =
    { ok: true; id: string; rev: string } | { id: string; error: string; reason?: string; status?: number };
  interface Row<T> {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: T & Doc;
  }
  interface AllDocsOptions {
    include_docs?: boolean;
    startkey?: string;
    endkey?: string;
    keys?: string[];
    limit?: number;
  }
  interface Change {
    id: string;
    seq: number | string;
    doc?: Doc;
    deleted?: boolean;
  }
  interface ChangesOptions {
    since?: number | string | 'now';
    live?: boolean;
    include_docs?: boolean;
    limit?: number;
    batch_size?: number;
  }
  interface Changes extends EventEmitterLike {
    cancel(): void;
  }
  interface ChangesResult {
    results: Change[];
    last_seq: number | string;
  }
  interface EventEmitterLike {
    on(event: string, listener: (...args: never[]) => void): this;
    removeAllListeners(event?: string): this;
  }
  interface ReplicateOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    heartbeat?: number | false;
    timeout?: number | false;
    back_off_function?: (delay: number) => number;
    checkpoint?: 'source' | 'target' | false;
    filter?: (doc: Doc) => boolean;
  }
  interface Replication
    extends EventEmitterLike, Promise<{ ok: boolean; docs_written: number; errors: unknown[] }> {
    cancel(): void;
  }
  interface DatabaseInfo {
    db_name: string;
    doc_count: number;
    update_seq: number | string;
  }
  interface Database {
    name: string;
    get<T = Doc>(id: string): Promise<T & Doc>;
    put(doc: Doc): Promise<{ ok: true; id: string; rev: string }>;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
    allDocs<T = Doc>(options?: AllDocsOptions): Promise<{ total_rows: number; rows: Row<T>[] }>;
    changes(options: ChangesOptions & { live: true }): Changes;
    changes(options?: ChangesOptions): Promise<ChangesResult>;
    info(): Promise<DatabaseInfo>;
    revsDiff(revisions: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      to(target: Database | string, options?: ReplicateOptions): Replication;
      from(source: Database | string, options?: ReplicateOptions): Replication;
    };
  }
  interface Options {
    adapter?: string;
    prefix?: string;
    skip_setup?: boolean;
    fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: Options): Database;
    defaults(options: Options): Static;
    plugin(plugin: unknown): Static;
    replicate(source: Database | string, target: Database | string, options?: ReplicateOptions): Replication;
  }
}

declare module 'pouchdb-node' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
