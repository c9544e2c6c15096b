import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote, VoteFields } from '../../../shared/core/domain/entities';
import { RULE_PRESETS, type RulePreset } from '../../../shared/rules/counting/presets';
import { blankVote } from '../../../shared/rules/votes/blankVote';
import { BASES, type Majority } from '../../../shared/rules/counting/majority';
import type { VoteRule } from '../../../shared/rules/counting/tally';
import { useServices } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { errorFor, FormActions, FormErrors, SelectField, TextAreaField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';
import { QuorumEditor } from '../../components/QuorumEditor';
import { createVoteAction, editVoteSetupAction } from '../../db/voteActions';
import { readAttendees } from '../../db/reads';

const MAJORITIES = ['simple', 'absolute', 'twoThirds', 'threeQuarters'] as const;

/** The fields a draft's setting consists of (not its counts, snapshots or seals). */
function setupOf(fields: VoteFields): Partial<VoteFields> {
  const { title, text, documentName, document, body, preset, rule, options, procedure } = fields;
  return { title, text, documentName, document, body, preset, rule, options, procedure };
}

function toDataUrl(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:application/pdf;base64,${btoa(binary)}`;
}

/**
 * A new motion: its text, the document voted on, the body that votes, the rule (a preset, then any
 * setting), the procedure.
 */
export function NewVoteDialog({
  conferenceId,
  current,
  onClose,
}: {
  conferenceId: string;
  current?: Vote;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  const [fields, setFields] = useState<VoteFields>(() => (current ? { ...current } : blankVote()));
  const [voterCodes, setVoterCodes] = useState('');
  const { errors, run } = useCommand(onClose);
  const set = <K extends keyof VoteFields>(key: K, value: VoteFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const setRule = (rule: Partial<VoteRule>) =>
    setFields((f) => ({ ...f, rule: { ...f.rule, ...rule }, preset: 'custom' }));

  const attach = async () => {
    const file = await platform.openFile([{ name: 'PDF', extensions: ['pdf'] }]);
    if (file) setFields((f) => ({ ...f, documentName: file.name, document: toDataUrl(file.bytes) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      let voterIds: string[] = [];
      if (fields.body === 'list') {
        const attendees = await readAttendees(store, conferenceId);
        const byCode = new Map(
          attendees.filter((a) => !a.deletedAt).map((a) => [a.code.toUpperCase(), a.id]),
        );
        const codes = voterCodes.split(/[\s,;，、]+/).filter(Boolean);
        const unknown = codes.filter((c) => !byCode.has(c.toUpperCase()));
        if (unknown.length)
          return {
            ok: false,
            errors: [
              { field: 'voterIds', message: 'votes.unknownCodes', params: { codes: unknown.join(', ') } },
            ],
          };
        voterIds = [...new Set(codes.map((c) => byCode.get(c.toUpperCase())!))];
      }
      if (current)
        return editVoteSetupAction(store, current, {
          ...setupOf(fields),
          voterIds: fields.body === 'list' && !voterCodes.trim() ? current.voterIds : voterIds,
        });
      return createVoteAction(store, conferenceId, { ...fields, voterIds });
    });
  };

  const majority = fields.rule.majority;
  return (
    <Dialog title={current ? t('votes.editSetting') : t('votes.new')} onClose={() => onClose()} wide>
      <form onSubmit={submit} noValidate>
        <TrilingualFields
          legend={t('votes.motionTitle')}
          field="title"
          value={fields.title}
          errors={errors}
          onChange={(title) => set('title', title)}
          autoFocus
        />
        <TextAreaField
          label={t('votes.motionTextZh')}
          value={fields.text.zh}
          onChange={(zh) => set('text', { ...fields.text, zh })}
        />
        <TextAreaField
          label={t('votes.motionTextRu')}
          value={fields.text.ru}
          onChange={(ru) => set('text', { ...fields.text, ru })}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void attach()}>
            {fields.documentName
              ? t('votes.documentAttached', { name: fields.documentName })
              : t('votes.attachDocument')}
          </button>
        </div>
        <div className="field-row">
          <SelectField
            label={t('votes.body')}
            value={fields.body}
            onChange={(body) => set('body', body)}
            options={[
              { value: 'assembly', label: t('votes.body_assembly') },
              { value: 'list', label: t('votes.body_list') },
            ]}
          />
          <SelectField
            label={t('votes.options')}
            value={fields.options}
            onChange={(options) => set('options', options)}
            options={(['yesNoAbstain', 'yesNo'] as const).map((o) => ({
              value: o,
              label: t(`votes.options_${o}`),
            }))}
          />
          <SelectField
            label={t('votes.procedure')}
            value={fields.procedure}
            onChange={(procedure) => set('procedure', procedure)}
            options={(['ballot', 'showOfHands', 'rollCall'] as const).map((p) => ({
              value: p,
              label: t(`votes.procedure_${p}`),
            }))}
          />
        </div>
        {fields.body === 'list' ? (
          <TextAreaField
            label={t('votes.voterCodes')}
            value={voterCodes}
            onChange={setVoterCodes}
            error={errorFor(errors, 'voterIds')}
          />
        ) : null}
        <SelectField
          label={t('votes.preset')}
          value={fields.preset}
          onChange={(preset) =>
            preset === 'custom'
              ? set('preset', preset)
              : setFields((f) => ({ ...f, preset, rule: RULE_PRESETS[preset as RulePreset] }))
          }
          options={[
            ...(Object.keys(RULE_PRESETS) as RulePreset[]).map((p) => ({
              value: p,
              label: t(`votePresets.${p}`),
            })),
            { value: 'custom', label: t('votePresets.custom') },
          ]}
        />
        <QuorumEditor value={fields.rule.quorum} errors={errors} onChange={(quorum) => setRule({ quorum })} />
        <div className="field-row">
          <SelectField
            label={t('votes.base')}
            value={fields.rule.base}
            onChange={(base) => setRule({ base })}
            options={BASES.map((b) => ({ value: b, label: t(`votes.base_${b}`) }))}
          />
          <SelectField<Majority['kind']>
            label={t('votes.majority')}
            value={majority.kind}
            onChange={(kind) =>
              setRule({
                majority:
                  kind === 'fraction'
                    ? { kind, numerator: 1, denominator: 2, comparison: '>=' }
                    : ({ kind } as Majority),
              })
            }
            options={[
              ...MAJORITIES.map((m) => ({ value: m, label: t(`votes.majority_${m}`) })),
              ...(majority.kind === 'fraction'
                ? [
                    {
                      value: 'fraction' as const,
                      label: t('votes.majority_fraction', {
                        n: majority.numerator,
                        d: majority.denominator,
                        c: majority.comparison === '>=' ? '≥' : '>',
                      }),
                    },
                  ]
                : []),
            ]}
          />
        </div>
        <FormErrors errors={errors} shownFields={['title', 'voterIds', 'quorum']} />
        <FormActions
          submitLabel={current ? t('common.save') : t('votes.create')}
          onCancel={() => onClose()}
        />
      </form>
    </Dialog>
  );
}
