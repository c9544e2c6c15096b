import { describe, expect, it } from 'vitest';
import { databaseName } from '../../shared/codecs/venue/venueDocs';
import { routeOf } from './routes';

const DB = databaseName('01JEVENT0000000000000000AB');

describe('routeOf', () => {
  it.each([
    ['OPTIONS', `/${DB}/_bulk_docs`, { kind: 'preflight' }],
    ['POST', '/_plenum/pair', { kind: 'pair' }],
    ['GET', '/_plenum/hello', { kind: 'hello' }],
    ['POST', '/_plenum/codes', { kind: 'codes' }],
    ['GET', '/_plenum/laptops?database=plenum-x', { kind: 'laptops' }],
    ['POST', '/_plenum/laptops/desk%201/revoke', { kind: 'revoke', deviceId: 'desk 1' }],
    ['GET', '/', { kind: 'root' }],
    ['HEAD', '/', { kind: 'root' }],
    ['GET', `/${DB}`, { kind: 'read', database: DB }],
    ['GET', `/${DB}/`, { kind: 'read', database: DB }],
    ['HEAD', `/${DB}/01JCOMMIT`, { kind: 'read', database: DB }],
    ['GET', `/${DB}/_changes?since=0&style=all_docs`, { kind: 'read', database: DB }],
    ['GET', `/${DB}/_local/checkpoint`, { kind: 'read', database: DB }],
    [
      'PUT',
      `/${DB}/_local/checkpoint`,
      { kind: 'checkpoint', database: DB, id: '_local/checkpoint', method: 'PUT' },
    ],
    [
      'DELETE',
      `/${DB}/_local/checkpoint`,
      { kind: 'checkpoint', database: DB, id: '_local/checkpoint', method: 'DELETE' },
    ],
    ['POST', `/${DB}/_revs_diff`, { kind: 'read', database: DB }],
    ['POST', `/${DB}/_bulk_get?revs=true`, { kind: 'read', database: DB }],
    ['POST', `/${DB}/_all_docs`, { kind: 'read', database: DB }],
    ['POST', `/${DB}/_ensure_full_commit`, { kind: 'read', database: DB }],
    ['POST', `/${DB}/_bulk_docs`, { kind: 'bulkDocs', database: DB }],
    ['POST', `/${DB}/_claim`, { kind: 'claim', database: DB, id: null }],
    [
      'PUT',
      `/${DB}/claim%3Acheckin%3Aatt-1%3Afirst`,
      { kind: 'claim', database: DB, id: 'claim:checkin:att-1:first' },
    ],
    [
      'PUT',
      `/${DB}/claim:ballot:el-1:seat-1`,
      { kind: 'claim', database: DB, id: 'claim:ballot:el-1:seat-1' },
    ],
  ])('%s %s', (method, url, route) => {
    expect(routeOf(method, url)).toEqual(route);
  });

  it.each([
    // Design documents: no laptop reads or writes a function the host would run.
    ['GET', `/${DB}/_design/plenum`],
    ['GET', `/${DB}/%5Fdesign/plenum`],
    ['HEAD', `/${DB}/_design/plenum`],
    ['PUT', `/${DB}/_design/plenum`],
    // A commit is written through _bulk_docs alone, where each is checked; never PUT, never deleted.
    ['PUT', `/${DB}/01JCOMMIT`],
    ['POST', `/${DB}`],
    ['POST', `/${DB}/`],
    ['DELETE', `/${DB}/01JCOMMIT`],
    ['DELETE', `/${DB}/claim:checkin:att-1:first`],
    ['DELETE', `/${DB}`],
    ['PUT', `/${DB}`],
    ['PUT', `/${DB}/laptop:desk-1`],
    ['PUT', `/${DB}/claim:checkin:x/attachment`],
    ['PUT', `/${DB}/_local`],
    ['POST', `/${DB}/_changes`],
    ['GET', `/${DB}/_design%2Fevil`],
    ['GET', `/${DB}/_changes?filter=evil/f`],
    ['GET', `/${DB}/_changes?since=0&view=evil/v`],
    ['PUT', `/${DB}/_local/a/b`],
    ['POST', `/${DB}/_compact`],
    ['POST', `/${DB}/_find`],
    ['POST', `/${DB}/_purge`],
    ['POST', `/${DB}/_bulk_docs/x`],
    ['PUT', `/${DB}/_security`],
    // Only the event's databases, by the name databaseName gives: not CouchDB's own, not another shape.
    ['GET', '/_all_dbs'],
    ['GET', '/_users/org.couchdb.user:x'],
    ['GET', '/_config'],
    ['POST', '/_replicate'],
    ['POST', '/_session'],
    ['GET', '/other-db'],
    ['GET', '/Plenum-X'],
    ['GET', '/plenum-'],
    ['GET', '/plenum-a.b'],
    ['GET', `/plenum-${'x'.repeat(121)}`],
    ['POST', '/'],
    ['DELETE', '/'],
    ['GET', '/%E0%A4%A'],
    // The host's own requests, only with their methods and lengths.
    ['GET', '/_plenum/pair'],
    ['POST', '/_plenum/hello'],
    ['GET', '/_plenum/codes'],
    ['POST', '/_plenum/laptops'],
    ['POST', '/_plenum/laptops/desk-1'],
    ['GET', '/_plenum/laptops/desk-1/revoke'],
    ['POST', '/_plenum/laptops/desk-1/revoke/again'],
    ['POST', '/_plenum/pair/x'],
    ['GET', '/_plenum'],
  ])('refuses %s %s', (method, url) => {
    expect(routeOf(method, url)).toEqual({ kind: 'refused' });
  });

  it('accepts the longest database name the route allows and the name of any event id', () => {
    expect(routeOf('GET', `/plenum-${'x'.repeat(120)}`).kind).toBe('read');
    for (const id of ['conf-1', 'Conf.2026 Main', '代表大会', '01JEVENT0000000000000000AB'])
      expect(routeOf('POST', `/${databaseName(id)}/_bulk_docs`), id).toEqual({
        kind: 'bulkDocs',
        database: databaseName(id),
      });
  });
});
