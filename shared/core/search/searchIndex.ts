import type { Attendee, Organisation } from '../domain/entities';
import { attendeeSearchKeys, organisationSearchKeys } from './searchKeys';
import { foldSearchText, withoutToneNumbers } from './searchText';

interface Entry {
  id: string;
  /** The person's keys joined, with a separator before and after each: `\u0001zhao\u0001zys\u0001`. */
  names: string;
  /** The organisation's keys, joined the same way. */
  organisation: string;
}

export interface SearchHit {
  attendeeId: string;
  /** 6 name exact, 5 name prefix, 4 name substring, 3 organisation exact, 2 prefix, 1 substring. */
  rank: number;
}

const SEPARATOR = '\u0001';

function joined(keys: readonly string[]): string {
  return keys.length ? `${SEPARATOR}${keys.join(SEPARATOR)}${SEPARATOR}` : '';
}

/**
 * 3 when a key equals the query, 2 when one starts with it, 1 when one contains it: string searches,
 * no loop over keys.
 */
function rankIn(haystack: string, query: string, exact: string, prefix: string): number {
  if (!haystack.includes(query)) return 0;
  if (haystack.includes(exact)) return 3;
  return haystack.includes(prefix) ? 2 : 1;
}

/**
 * The check-in desk's index: every spelling of every live attendee and their organisation,
 * searched as the desk types. Ranked exact, then prefix, then substring; the person's own names
 * above their organisation's; equal ranks in code order.
 */
export class AttendeeSearchIndex {
  private readonly entries: Entry[];
  private readonly byCode = new Map<string, string>();
  private last: { query: string; candidates: Entry[] } | null = null;

  constructor(attendees: readonly Attendee[], organisations: readonly Organisation[]) {
    // An organisation's keys are made once, not once per member.
    const orgKeys = new Map(organisations.map((o) => [o.id, joined(organisationSearchKeys(o))]));
    const live = attendees
      .filter((a) => !a.deletedAt)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.entries = live.map((a) => {
      this.byCode.set(foldSearchText(a.code), a.id);
      return {
        id: a.id,
        names: joined(attendeeSearchKeys(a)),
        organisation: (a.organisationId && orgKeys.get(a.organisationId)) || '',
      };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The attendee whose badge code this is (a scan), if any. */
  findByCode(code: string): string | undefined {
    return this.byCode.get(foldSearchText(code));
  }

  search(rawQuery: string, limit = 50): SearchHit[] {
    const query = withoutToneNumbers(foldSearchText(rawQuery));
    if (!query) return [];
    // Typing narrows: a query that extends the last one only needs the last one's matches.
    const pool = this.last && query.startsWith(this.last.query) ? this.last.candidates : this.entries;
    const candidates: Entry[] = [];
    const buckets: SearchHit[][] = [[], [], [], [], [], [], []];
    const exact = `${SEPARATOR}${query}${SEPARATOR}`;
    const prefix = `${SEPARATOR}${query}`;
    for (const entry of pool) {
      const name = rankIn(entry.names, query, exact, prefix);
      const rank = name > 0 ? name + 3 : rankIn(entry.organisation, query, exact, prefix);
      if (rank === 0) continue;
      candidates.push(entry);
      buckets[rank]!.push({ attendeeId: entry.id, rank });
    }
    this.last = { query, candidates };
    const hits: SearchHit[] = [];
    for (let rank = 6; rank >= 1 && hits.length < limit; rank--)
      hits.push(...buckets[rank]!.slice(0, limit - hits.length));
    return hits;
  }
}
