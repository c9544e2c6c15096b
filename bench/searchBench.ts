// The desk search measured on its own: the same code runs in Node and, bundled, in Chromium.
import { planDemoConference } from '../shared/demo/demoConference';
import { replayEvents } from '../shared/core/domain/reducers';
import type { Attendee, Organisation } from '../shared/core/domain/entities';
import { stampAll } from '../shared/core/domain/testing/memoryLog';
import { AttendeeSearchIndex } from '../shared/core/search/searchIndex';
import { pinyin } from 'pinyin-pro';
import { latinVariants } from '../shared/core/names/romanisationVariants';

function conference(extra: number): { attendees: Attendee[]; organisations: Organisation[] } {
  const events = stampAll(planDemoConference({ extraAttendees: extra }).events, {
    deviceId: 'b',
    actor: 'b',
    at: () => 't',
    hlc: (n) => String(n).padStart(9, '0'),
  });
  const rows = [...replayEvents(events).values()];
  return {
    attendees: rows.filter((r): r is Attendee => 'givenNameZh' in r),
    organisations: rows.filter((r): r is Organisation => 'votingRight' in r),
  };
}

/** What people type at the desk for a person, in several scripts. */
function queriesFor(a: Attendee): string[] {
  const out: string[] = [];
  if (a.familyNameZh) {
    out.push(a.familyNameZh + a.givenNameZh);
    const syllables = pinyin(a.familyNameZh + a.givenNameZh, { toneType: 'none', type: 'array' });
    out.push(syllables.join(' '));
    out.push(syllables.map((s) => s[0]).join(''));
  }
  if (a.familyNameCyr) {
    out.push(a.familyNameCyr.slice(0, 6));
    out.push(latinVariants(a.familyNameCyr).at(-1)!);
  }
  out.push(a.code);
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function run(extra = 20_000, sample = 300) {
  const { attendees, organisations } = conference(extra);
  const t0 = performance.now();
  const index = new AttendeeSearchIndex(attendees, organisations);
  const indexMs = performance.now() - t0;
  const step = Math.max(1, Math.floor(attendees.length / sample));
  const timings: number[] = [];
  let found = 0;
  let queries = 0;
  for (let i = 0; i < attendees.length; i += step) {
    for (const query of queriesFor(attendees[i]!)) {
      queries++;
      index.search(''); // a new person: the desk starts from an empty box
      let hits: ReturnType<AttendeeSearchIndex['search']> = [];
      for (let k = 1; k <= query.length; k++) {
        const s = performance.now();
        hits = index.search(query.slice(0, k));
        timings.push(performance.now() - s);
      }
      if (hits.some((h) => h.attendeeId === attendees[i]!.id)) found++;
    }
  }
  timings.sort((a, b) => a - b);
  return {
    attendees: index.size,
    indexMs,
    keystrokes: timings.length,
    queries,
    found,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    p99: percentile(timings, 99),
    max: timings.at(-1)!,
  };
}
