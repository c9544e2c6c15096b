import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import { blankPost } from '../../../shared/rules/elections/electionSetup';
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
import { TrilingualFields } from '../../components/TrilingualFields';
import { QuorumEditor } from '../../components/QuorumEditor';
import { PostFields } from './PostFields';
import { useElectionForm, type ElectionForm } from './useElectionForm';

const POST_FIELDS = ['title', 'seats', 'maxMarks', 'minMarks', 'rule', 'candidates'];

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
  const form = useElectionForm(conferenceId, elections, current, onClose);
  const { fields, errors } = form;
  return (
    <Dialog title={current ? t('elections.editSetting') : t('elections.new')} onClose={() => onClose()} wide>
      <form onSubmit={form.submit} noValidate>
        <GeneralFields form={form} />
        <PostList form={form} />
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

/** What the whole election has: its title, body and counting, its voters, the entry options, the quorum. */
function GeneralFields({ form }: { form: ElectionForm }) {
  const { t } = useTranslation();
  const { fields, set, errors } = form;
  return (
    <>
      <TrilingualFields
        legend={t('elections.electionTitle')}
        field="title"
        value={fields.title}
        errors={errors}
        onChange={(title) => set('title', title)}
        autoFocus
      />
      <BodyFields form={form} />
      {fields.body === 'list' ? (
        <TextAreaField
          label={t('elections.voterCodes')}
          value={form.voterCodes}
          onChange={form.setVoterCodes}
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
    </>
  );
}

/** Who elects (the assembly, a council drawn from an earlier election, a list), and how it is counted. */
function BodyFields({ form }: { form: ElectionForm }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { fields, set, errors, councils } = form;
  return (
    <div className="field-row">
      <SelectField
        label={t('elections.body')}
        value={fields.body}
        onChange={form.setBody}
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
  );
}

/** The posts to fill, each with its candidates; one more can be added, any but a last one removed. */
function PostList({ form }: { form: ElectionForm }) {
  const { t } = useTranslation();
  const { fields, set, errors } = form;
  return (
    <>
      {fields.posts.map((post, i) => (
        <PostFields
          key={post.id}
          index={i}
          post={post}
          codes={form.codeOf(post)}
          errors={errors}
          onChange={(p) =>
            set(
              'posts',
              fields.posts.map((other, j) => (j === i ? p : other)),
            )
          }
          onCodes={(c) => form.setCodesOf(post, c)}
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
        <button type="button" className="button" onClick={() => set('posts', [...fields.posts, blankPost()])}>
          {t('elections.addPost')}
        </button>
      </div>
    </>
  );
}
