import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/core/domain/validation';
import { BALLOT_METHODS, methodOf, withMethod } from '../../../shared/rules/elections/methods';
import {
  ELECTION_BASES,
  TIE_RULES,
  type ElectionPost,
  type SeatRule,
} from '../../../shared/rules/elections/electionTypes';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/fields';
import { TrilingualFields } from '../../components/TrilingualFields';

export interface CandidateCodes {
  kind: 'organisation' | 'person';
  codes: string;
}

const MAJORITIES = {
  relative: null,
  gtHalf: { numerator: 1, denominator: 2, comparison: '>' },
  geHalf: { numerator: 1, denominator: 2, comparison: '>=' },
  geTwoThirds: { numerator: 2, denominator: 3, comparison: '>=' },
  gtTwoThirds: { numerator: 2, denominator: 3, comparison: '>' },
} as const;
type MajorityKey = keyof typeof MAJORITIES;

function majorityOf(rule: SeatRule): MajorityKey {
  if (rule.kind === 'relative') return 'relative';
  const found = Object.entries(MAJORITIES).find(
    ([, m]) =>
      m &&
      m.numerator === rule.numerator &&
      m.denominator === rule.denominator &&
      m.comparison === rule.comparison,
  );
  return (found?.[0] as MajorityKey | undefined) ?? 'gtHalf';
}

/** One post of the paper: its title, seats, method, rule, tie rule and candidates (codes in ballot order). */
export function PostFields({
  index,
  post,
  codes,
  errors,
  onChange,
  onCodes,
  onRemove,
}: {
  index: number;
  post: ElectionPost;
  codes: CandidateCodes;
  errors: readonly FieldError[];
  onChange: (post: ElectionPost) => void;
  onCodes: (codes: CandidateCodes) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const at = (name: string) => `posts.${index}.${name}`;
  const number = (value: string) => (value === '' ? 0 : Number(value));
  const majority = majorityOf(post.rule);
  const method = methodOf(post);
  const fitsMethod = (m: MajorityKey) =>
    method.seatRules.some((kind) => kind === (m === 'relative' ? 'relative' : 'majority'));
  const base = post.rule.kind === 'majority' ? post.rule.base : 'cast';
  const setRule = (key: MajorityKey, nextBase = base) => {
    const m = MAJORITIES[key];
    onChange({ ...post, rule: m ? { kind: 'majority', base: nextBase, ...m } : { kind: 'relative' } });
  };
  return (
    <fieldset className="field-group post-fields">
      <legend>{t('elections.postN', { n: index + 1 })}</legend>
      <TrilingualFields
        legend={t('elections.postTitle', { n: index + 1 })}
        field={at('title')}
        value={post.title}
        errors={errors}
        onChange={(title) => onChange({ ...post, title })}
      />
      <div className="field-row">
        <TextField
          label={t('elections.seats', { n: index + 1 })}
          type="number"
          inputMode="numeric"
          value={String(post.seats)}
          error={errorFor(errors, at('seats'))}
          onChange={(v) =>
            onChange({
              ...post,
              seats: number(v),
              maxMarks: post.maxMarks === post.seats ? number(v) : post.maxMarks,
            })
          }
        />
        <SelectField
          label={t('elections.method', { n: index + 1 })}
          value={post.method}
          onChange={(method) => onChange(withMethod(post, method))}
          options={BALLOT_METHODS.map((m) => ({
            value: m,
            label: t(methodOf({ method: m }).texts.name, { k: post.maxMarks }),
          }))}
        />
        {method.maxMarksEditable ? (
          <TextField
            label={t('elections.maxMarks', { n: index + 1 })}
            type="number"
            inputMode="numeric"
            value={String(post.maxMarks)}
            error={errorFor(errors, at('maxMarks'))}
            onChange={(v) => onChange({ ...post, maxMarks: number(v) })}
          />
        ) : null}
        <TextField
          label={t('elections.minMarks', { n: index + 1 })}
          type="number"
          inputMode="numeric"
          value={String(post.minMarks)}
          error={errorFor(errors, at('minMarks'))}
          onChange={(v) => onChange({ ...post, minMarks: number(v) })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('elections.majority', { n: index + 1 })}
          value={majority}
          error={errorFor(errors, at('rule'))}
          onChange={(key) => setRule(key)}
          options={(Object.keys(MAJORITIES) as MajorityKey[]).filter(fitsMethod).map((m) => ({
            value: m,
            label: t(`elections.majority_${m}`),
          }))}
        />
        {post.rule.kind === 'majority' ? (
          <SelectField
            label={t('elections.base', { n: index + 1 })}
            value={base}
            onChange={(b) => setRule(majority, b)}
            options={ELECTION_BASES.map((b) => ({ value: b, label: t(`elections.base_${b}`) }))}
          />
        ) : null}
        <SelectField
          label={t('elections.tieRule', { n: index + 1 })}
          value={post.tieRule}
          onChange={(tieRule) => onChange({ ...post, tieRule })}
          options={TIE_RULES.map((r) => ({ value: r, label: t(`elections.tie_${r}`) }))}
        />
      </div>
      <SelectField
        label={t('elections.candidateKind', { n: index + 1 })}
        value={codes.kind}
        onChange={(kind) => onCodes({ ...codes, kind })}
        options={[
          { value: 'organisation', label: t('elections.kind_organisation') },
          { value: 'person', label: t('elections.kind_person') },
        ]}
      />
      <TextAreaField
        label={t('elections.candidateCodes', { n: index + 1 })}
        value={codes.codes}
        error={errorFor(errors, at('candidates'))}
        onChange={(text) => onCodes({ ...codes, codes: text })}
      />
      {onRemove ? (
        <button type="button" className="button" onClick={onRemove}>
          {t('elections.removePost', { n: index + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}
