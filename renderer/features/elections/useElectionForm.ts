import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Attendee, Election, Organisation } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import type { ElectionFields, ElectionPost } from '../../../shared/rules/elections/electionTypes';
import {
  blankElection,
  candidatesFromCodes,
  checkElectionSetup,
} from '../../../shared/rules/elections/electionSetup';
import { useServices } from '../../app/AppContext';
import { useCommand } from '../../components/useCommand';
import type { ChineseTranscription } from '../../../shared/core/domain/entities';
import { useAllAttendees, useAllOrganisations, useConference } from '../../db/hooks';
import { createElectionAction, editElectionAction } from '../../db/electionActions';
import type { CandidateCodes } from './PostFields';

const COUNCIL_QUORUM = { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' } as const;

/** The codes a post's candidates are typed as: as typed, else the codes of the candidates it has. */
function codesOfPost(
  post: ElectionPost,
  typed: CandidateCodes | undefined,
  body: ElectionFields['body'],
  organisations: readonly Organisation[] | undefined,
  attendees: readonly Attendee[] | undefined,
): CandidateCodes {
  if (typed) return typed;
  const kind = post.candidates[0]?.kind ?? (body === 'assembly' ? 'organisation' : 'person');
  const text = post.candidates
    .map(
      (c) =>
        (c.kind === 'organisation'
          ? organisations?.find((o) => o.id === c.organisationId)?.code
          : attendees?.find((a) => a.id === c.attendeeId)?.code) ?? '',
    )
    .join(' ');
  return { kind, codes: text };
}

/** The setting to save, its candidates and voters read from the codes typed, and the codes nobody has. */
function readSetting(
  fields: ElectionFields,
  codes: Record<string, CandidateCodes>,
  voterCodes: string,
  councils: readonly Election[],
  orgs: readonly Organisation[],
  people: readonly Attendee[],
  transcription: ChineseTranscription,
) {
  const problems: FieldError[] = [];
  const posts = fields.posts.map((post, i) => {
    const typed = codes[post.id];
    if (!typed) return post;
    const parsed = candidatesFromCodes(
      typed.codes,
      typed.kind,
      orgs,
      people,
      `posts.${i}.candidates`,
      transcription,
    );
    if (!parsed.ok) {
      problems.push(parsed.error);
      return post;
    }
    return { ...post, candidates: parsed.candidates };
  });
  let voterIds = fields.voterIds;
  if (fields.body === 'list' && voterCodes.trim()) {
    const parsed = candidatesFromCodes(voterCodes, 'person', orgs, people, 'voterIds');
    if (!parsed.ok) problems.push(parsed.error);
    else voterIds = parsed.candidates.map((c) => c.attendeeId!);
  }
  const next = {
    ...fields,
    posts,
    voterIds,
    councilElectionId:
      fields.body === 'council' ? (fields.councilElectionId ?? councils[0]?.id ?? null) : null,
  };
  return { next, problems };
}

/** The election's fields as edited; a new election starts from the event's quorum, once the event is read. */
function useElectionFields(conference: { quorum: ElectionFields['quorum'] } | undefined, current?: Election) {
  const [fields, setFields] = useState<ElectionFields>(() => (current ? { ...current } : blankElection()));
  const quorumTaken = useRef(Boolean(current));
  useEffect(() => {
    if (conference && !quorumTaken.current) {
      quorumTaken.current = true;
      setFields((f) => ({ ...f, quorum: conference.quorum }));
    }
  }, [conference]);
  const set = <K extends keyof ElectionFields>(key: K, value: ElectionFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const setBody = (body: ElectionFields['body']) =>
    setFields((f) => ({ ...f, body, quorum: body === 'council' ? COUNCIL_QUORUM : f.quorum }));
  return { fields, set, setBody };
}

/**
 * The election dialog's state and its saving: the fields, the candidates' and voters' codes as typed,
 * and every problem at once when the setting is saved.
 */
export function useElectionForm(
  conferenceId: string,
  elections: readonly Election[],
  current: Election | undefined,
  onClose: (id?: string) => void,
) {
  const { store } = useServices();
  const conference = useConference(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const { fields, set, setBody } = useElectionFields(conference, current);
  const [codes, setCodes] = useState<Record<string, CandidateCodes>>({});
  const [voterCodes, setVoterCodes] = useState('');
  const { errors, run } = useCommand(onClose);
  const councils = elections.filter((e) => e.round === 1 && e.id !== current?.id && e.body !== 'council');

  const codeOf = (post: ElectionPost) =>
    codesOfPost(post, codes[post.id], fields.body, organisations, attendees);
  const setCodesOf = (post: ElectionPost, c: CandidateCodes) => setCodes((all) => ({ ...all, [post.id]: c }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { next, problems } = readSetting(
        fields,
        codes,
        voterCodes,
        councils,
        organisations ?? [],
        attendees ?? [],
        conference?.chineseTranscription ?? 'latin',
      );
      // Every problem at once: the codes nobody has, and whatever else the setting lacks.
      if (problems.length)
        return {
          ok: false,
          errors: [
            ...problems,
            ...checkElectionSetup(next).filter((e) => !problems.some((p) => p.field === e.field)),
          ],
        };
      if (current) return editElectionAction(store, current, next);
      return createElectionAction(store, conferenceId, next);
    });
  };
  return { fields, set, setBody, councils, codeOf, setCodesOf, voterCodes, setVoterCodes, errors, submit };
}

export type ElectionForm = ReturnType<typeof useElectionForm>;
