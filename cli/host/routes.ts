/**
 * What a request to the host asks for, from its method and path alone, before anything is read.
 * Only what PouchDB's replication and Plenum's desks use is let through; anything else is refused.
 */
export type Route =
  | { kind: 'preflight' }
  | { kind: 'pair' }
  | { kind: 'hello' }
  | { kind: 'codes' }
  | { kind: 'laptops' }
  | { kind: 'revoke'; deviceId: string }
  | { kind: 'root' }
  | { kind: 'bulkDocs'; database: string }
  /** `id` null: a POST to `_claim` naming it in its body (one address, so the browser asks CORS once). */
  | { kind: 'claim'; database: string; id: string | null }
  | { kind: 'read'; database: string }
  /** A replication checkpoint (`_local/…`), written by the host itself, never passed on as sent. */
  | { kind: 'checkpoint'; database: string; id: string; method: 'PUT' | 'DELETE' }
  | { kind: 'refused' };

const DATABASE = /^plenum-[a-z0-9_-]{1,120}$/;
/** Requests of PouchDB's replication that read, though sent as POST. */
const READING_POSTS = new Set(['_revs_diff', '_bulk_get', '_all_docs', '_ensure_full_commit']);
/** Query parameters that would run a design document's code on the host, or read through one. */
const RUNS_CODE = /(^|&)(filter|view|selector)=/;

export function routeOf(method: string, url: string): Route {
  if (method === 'OPTIONS') return { kind: 'preflight' };
  const pathname = url.split('?')[0] ?? '';
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'refused' };
  }
  const [first, second, third, fourth] = parts;
  if (first === '_plenum') return plenumRoute(method, second, third, fourth, parts.length);
  if (!first) return method === 'GET' || method === 'HEAD' ? { kind: 'root' } : { kind: 'refused' };
  if (!DATABASE.test(first)) return { kind: 'refused' };
  const database = first;
  const query = url.split('?')[1] ?? '';
  if (parts.some((part) => part.startsWith('_design')) || RUNS_CODE.test(query)) return { kind: 'refused' };
  if (method === 'GET' || method === 'HEAD') return { kind: 'read', database };
  if (second === '_local' && third && parts.length === 3 && (method === 'PUT' || method === 'DELETE'))
    return { kind: 'checkpoint', database, id: `_local/${third}`, method };
  if (method === 'POST' && second && parts.length === 2) {
    if (second === '_bulk_docs') return { kind: 'bulkDocs', database };
    if (second === '_claim') return { kind: 'claim', database, id: null };
    if (READING_POSTS.has(second)) return { kind: 'read', database };
  }
  if (method === 'PUT' && second?.startsWith('claim:') && parts.length === 2)
    return { kind: 'claim', database, id: second };
  return { kind: 'refused' };
}

function plenumRoute(
  method: string,
  second: string | undefined,
  third: string | undefined,
  fourth: string | undefined,
  length: number,
): Route {
  if (method === 'POST' && second === 'pair' && length === 2) return { kind: 'pair' };
  if (method === 'GET' && second === 'hello' && length === 2) return { kind: 'hello' };
  if (method === 'POST' && second === 'codes' && length === 2) return { kind: 'codes' };
  if (method === 'GET' && second === 'laptops' && length === 2) return { kind: 'laptops' };
  if (method === 'POST' && second === 'laptops' && third && fourth === 'revoke' && length === 4)
    return { kind: 'revoke', deviceId: third };
  return { kind: 'refused' };
}
