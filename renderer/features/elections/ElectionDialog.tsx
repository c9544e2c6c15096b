import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import type { ElectionFields, ElectionPost } from '../../../shared/rules/elections/electionTypes';
import {
  blankElection,
  blankPost,
  candidatesFromCodes,
  checkElectionSetup,
} from '../../../shared/rules/elections/electionSetup';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { Dialog } from '../../components/Dialog';
import {
  CheckboxField,
  errorFor,
  FormActions,
  FormErrors,
  SelectField,
  TextAreaField,
} from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';
import { QuorumEditor } from '../../components/QuorumEditor';
import { useAllAttendees, useAllOrganisations, useConference } from '../../db/hooks';
import { createElectionAction, editElectionAction } from '../../db/electionActions';
import { PostFields, type CandidateCodes } from './PostFields';

const POST_FIELDS = ['title', 'seats', 'maxMarks', 'minMarks', 'rule', 'candidates'];
const COUNCIL_QUORUM = { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' } as const;

/** A new election, or a draft's setting: title, body, quorum, counting, and its posts with their candidates. */
export function ElectionDialog({
  conferenceId,
  elections,
  current,
  onClose,
}: {
  conferenceId: string;
  elections: readonly Election[];
  current?: Election;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const { store } = useServices();
  const language = currentLanguage();
  const conference = useConference(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const [fields, setFields] = useState<ElectionFields>(() => (current ? { ...current } : blankElection()));
  const [codes, setCodes] = useState<Record<string, CandidateCodes>>({});
  const [voterCodes, setVoterCodes] = useState('');
  const { errors, run } = useCommand(onClose);
  // A new election starts from the event's quorum, once the event is read.
  const quorumTaken = useRef(Boolean(current));
  useEffect(() => {
    if (conference && !quorumTaken.current) {
      quorumTaken.current = true;
      setFields((f) => ({ ...f, quorum: conference.quorum }));
    }
  }, [conference]);
  const set = <K extends keyof ElectionFields>(key: K, value: ElectionFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const councils = elections.filter((e) => e.round === 1 && e.id !== current?.id && e.body !== 'council');

  const codeOf = (post: ElectionPost): CandidateCodes => {
    const typed = codes[post.id];
    if (typed) return typed;
    const kind = post.candidates[0]?.kind ?? (fields.body === 'assembly' ? 'organisation' : 'person');
    const text = post.candidates
      .map(
        (c) =>
          (c.kind === 'organisation'
            ? organisations?.find((o) => o.id === c.organisationId)?.code
            : attendees?.find((a) => a.id === c.attendeeId)?.code) ?? '',
      )
      .join(' ');
    return { kind, codes: text };
  };
  const setPost = (index: number, post: ElectionPost) =>
    set(
      'posts',
      fields.posts.map((p, i) => (i === index ? post : p)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const problems: FieldError[] = [];
      const orgs = organisations ?? [];
      const people = attendees ?? [];
      const posts = fields.posts.map((post, i) => {
        const typed = codes[post.id];
        if (!typed) return post;
        const parsed = candidatesFromCodes(typed.codes, typed.kind, orgs, people, `posts.${i}.candidates`);
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

  return (
    <Dialog title={current ? t('elections.editSetting') : t('elections.new')} onClose={() => onClose()} wide>
      <form onSubmit={submit} noValidate>
        <TrilingualFields
          legend={t('elections.electionTitle')}
          field="title"
          value={fields.title}
          errors={errors}
          onChange={(title) => set('title', title)}
          autoFocus
        />
        <div className="field-row">
          <SelectField
            label={t('elections.body')}
            value={fields.body}
            onChange={(body) =>
              setFields((f) => ({ ...f, body, quorum: body === 'council' ? COUNCIL_QUORUM : f.quorum }))
            }
            options={(['assembly', 'council', 'list'] as const).map((b) => ({
              value: b,
              label: t(`elections.body_${b}`),
            }))}
          />
          {fields.body === 'council' ? (
            <SelectField
              label={t('elections.councilFrom')}
              value={fields.councilElectionId ?? councils[0]?.id ?? ''}
              error={errorFor(errors, 'councilElectionId')}
              onChange={(id) => set('councilElectionId', id || null)}
              options={[
                { value: '', label: '—' },
                ...councils.map((e) => ({
                  value: e.id,
                  label: `${localised(e.title, language)} · ${t(`votes.status_${e.status}`)}`,
                })),
              ]}
            />
          ) : null}
          <SelectField
            label={t('elections.counting')}
            value={fields.counting}
            onChange={(counting) => set('counting', counting)}
            options={(['ballots', 'totals'] as const).map((c) => ({
              value: c,
              label: t(`elections.counting_${c}`),
            }))}
          />
        </div>
        {fields.body === 'list' ? (
          <TextAreaField
            label={t('elections.voterCodes')}
            value={voterCodes}
            onChange={setVoterCodes}
            error={errorFor(errors, 'voterIds')}
          />
        ) : null}
        <div className="field-row">
          <CheckboxField
            label={t('elections.doubleEntry')}
            checked={fields.doubleEntry}
            onChange={(v) => set('doubleEntry', v)}
          />
          <CheckboxField
            label={t('elections.serials')}
            checked={fields.serials}
            onChange={(v) => set('serials', v)}
          />
        </div>
        <QuorumEditor value={fields.quorum} errors={errors} onChange={(quorum) => set('quorum', quorum)} />
        {fields.posts.map((post, i) => (
          <PostFields
            key={post.id}
            index={i}
            post={post}
            codes={codeOf(post)}
            errors={errors}
            onChange={(p) => setPost(i, p)}
            onCodes={(c) => setCodes((all) => ({ ...all, [post.id]: c }))}
            {...(fields.posts.length > 1
              ? {
                  onRemove: () =>
                    set(
                      'posts',
                      fields.posts.filter((_, j) => j !== i),
                    ),
                }
              : {})}
          />
        ))}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => set('posts', [...fields.posts, blankPost()])}
          >
            {t('elections.addPost')}
          </button>
        </div>
        <FormErrors
          errors={errors}
          shownFields={[
            'title',
            'voterIds',
            'quorum',
            'councilElectionId',
            ...fields.posts.flatMap((_, i) => POST_FIELDS.map((name) => `posts.${i}.${name}`)),
          ]}
        />
        <FormActions
          submitLabel={current ? t('common.save') : t('elections.create')}
          onCancel={() => onClose()}
        />
      </form>
    </Dialog>
  );
}
