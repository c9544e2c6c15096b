import type { Attendee, ChineseTranscription, Organisation } from '../../core/domain/entities';
import type { FieldError } from '../../core/domain/validation';
import { newId } from '../../core/domain/ids';
import { personNameTrilingual } from '../../core/names/namePolicy';
import type { Candidate, ElectionFields, ElectionPost } from './electionTypes';
import { isBallotMethod, methodOf } from './methods';

export function blankPost(): ElectionPost {
  return {
    id: newId(),
    sourcePostId: null,
    title: { zh: '', ru: '', en: '' },
    seats: 1,
    candidates: [],
    method: 'yesNoAbstain',
    maxMarks: 1,
    minMarks: 0,
    rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
    tieRule: 'runoff',
  };
}

export function blankElection(): ElectionFields {
  return {
    title: { zh: '', ru: '', en: '' },
    body: 'assembly',
    councilElectionId: null,
    voterIds: [],
    quorum: { kind: 'none' },
    posts: [blankPost()],
    round: 1,
    rootElectionId: null,
    parentElectionId: null,
    serials: false,
    counting: 'ballots',
    doubleEntry: false,
    status: 'draft',
    opened: null,
    closed: null,
    totals: null,
    lots: [],
    note: '',
    seals: [],
    reopenings: [],
  };
}

const hasText = (t: { zh: string; ru: string; en: string }) =>
  Boolean(t.zh.trim() || t.ru.trim() || t.en.trim());
const whole = (n: number) => Number.isInteger(n);

/** Every problem of a setting at once, each naming its post (1-based) and field. */
export function checkElectionSetup(fields: ElectionFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!hasText(fields.title)) errors.push({ field: 'title', message: 'elections.titleRequired' });
  if (fields.body === 'council' && !fields.councilElectionId)
    errors.push({ field: 'councilElectionId', message: 'elections.councilRequired' });
  if (fields.body === 'list' && fields.voterIds.length === 0)
    errors.push({ field: 'voterIds', message: 'elections.noVoters' });
  if (fields.posts.length === 0) errors.push({ field: 'posts', message: 'elections.postRequired' });
  const postIds = new Set<string>();
  fields.posts.forEach((post, i) => {
    const at = (name: string) => `posts.${i}.${name}`;
    const params = { post: i + 1 };
    if (postIds.has(post.id)) errors.push({ field: at('id'), message: 'elections.postTwice', params });
    postIds.add(post.id);
    const candidateIds = post.candidates.map((c) => c.id);
    if (new Set(candidateIds).size !== candidateIds.length)
      errors.push({ field: at('candidates'), message: 'elections.candidateTwice', params });
    if (!hasText(post.title))
      errors.push({ field: at('title'), message: 'elections.postTitleRequired', params });
    if (!whole(post.seats) || post.seats < 1)
      errors.push({ field: at('seats'), message: 'elections.seatsInvalid', params });
    if (post.candidates.length === 0)
      errors.push({ field: at('candidates'), message: 'elections.candidatesRequired', params });
    if (!isBallotMethod(post.method)) {
      errors.push({ field: at('method'), message: 'elections.methodInvalid', params });
      return;
    }
    errors.push(...limitErrors(post, at, params));
    if (!methodOf(post).seatRules.includes(post.rule.kind))
      errors.push({ field: at('rule'), message: 'elections.ruleNotForMethod', params });
    if (
      post.rule.kind === 'majority' &&
      (!whole(post.rule.numerator) ||
        !whole(post.rule.denominator) ||
        post.rule.numerator < 1 ||
        post.rule.denominator < post.rule.numerator)
    ) {
      errors.push({ field: at('rule'), message: 'elections.ruleInvalid', params });
    }
  });
  return errors;
}

/** The most and fewest marks: the most only where the method lets the setup choose it. */
function limitErrors(
  post: ElectionPost,
  at: (name: string) => string,
  params: { post: number },
): FieldError[] {
  const errors: FieldError[] = [];
  const method = methodOf(post);
  const limit = post.candidates.length;
  if (
    method.maxMarksEditable &&
    (!whole(post.maxMarks) || post.maxMarks < 1 || (limit > 0 && post.maxMarks > limit))
  )
    errors.push({
      field: at('maxMarks'),
      message: 'elections.maxMarksInvalid',
      params: { ...params, n: limit },
    });
  const { max } = method.limits(post);
  if (!whole(post.minMarks) || post.minMarks < 0 || post.minMarks > max)
    errors.push({ field: at('minMarks'), message: 'elections.minMarksInvalid', params });
  return errors;
}

export type CandidateParse = { ok: true; candidates: Candidate[] } | { ok: false; error: FieldError };

/**
 * Candidates from codes as typed or pasted (M001 M002 …, or A00001 … for persons), kept in the
 * order given — the order of the paper. An organisation stands with its representative: the
 * delegate, else the substitute; one without either stands alone (it has no seat in the council
 * body until it names one).
 */
export function candidatesFromCodes(
  text: string,
  kind: Candidate['kind'],
  organisations: readonly Organisation[],
  attendees: readonly Attendee[],
  field: string,
  transcription: ChineseTranscription = 'latin',
): CandidateParse {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;，、]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ];
  const orgByCode = new Map(organisations.filter((o) => !o.deletedAt).map((o) => [o.code.toUpperCase(), o]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const personByCode = new Map(attendees.filter((a) => !a.deletedAt).map((a) => [a.code.toUpperCase(), a]));
  const personById = new Map(attendees.map((a) => [a.id, a]));
  const unknown = codes.filter((c) => !(kind === 'organisation' ? orgByCode : personByCode).has(c));
  if (unknown.length)
    return {
      ok: false,
      error: { field, message: 'elections.unknownCodes', params: { codes: unknown.join(', ') } },
    };
  const personName = (a: Attendee | undefined) =>
    a ? personNameTrilingual(a, transcription) : { zh: '', ru: '', en: '' };
  const candidates = codes.map((code): Candidate => {
    if (kind === 'organisation') {
      const org = orgByCode.get(code)!;
      const representative = personById.get(org.delegateId ?? org.substituteId ?? '');
      return {
        id: newId(),
        kind,
        organisationId: org.id,
        attendeeId: representative?.id ?? null,
        name: personName(representative),
        organisationName: { ...org.name },
      };
    }
    const person = personByCode.get(code)!;
    const org = person.organisationId ? orgById.get(person.organisationId) : undefined;
    return {
      id: newId(),
      kind,
      organisationId: org?.id ?? null,
      attendeeId: person.id,
      name: personName(person),
      organisationName: org ? { ...org.name } : { zh: '', ru: '', en: '' },
    };
  });
  return { ok: true, candidates };
}
