import type { Translate } from '../../../shared/locales';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import type { ElectionPost } from '../../../shared/rules/elections/electionTypes';
import type { SeatTie } from '../../../shared/rules/elections/seats';
import { useStore } from '../../app/AppContext';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { recordLotsAction } from '../../db/electionActions';
import { CheckboxField, errorFor, FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { candidateLabel } from '../../../shared/rules/elections/electionTexts';

/** A tie the rule sends to lots: the tellers record who drew and whom the lots chose. */
export function TieDraw({ election, post, tie }: { election: Election; post: ElectionPost; tie: SeatTie }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const [winners, setWinners] = useState<string[]>([]);
  const [drawnBy, setDrawnBy] = useState('');
  const { errors, run } = useCommand(() => undefined);
  const fixed: Translate = (key, params) => t(key, params ?? {});
  const title = localised(post.title, language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => recordLotsAction(store, election, post.id, winners, drawnBy));
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="field-group"
      aria-label={t('elections.drawFor', { post: title })}
    >
      <p>{t('elections.drawIntro', { post: title, seats: tie.seats })}</p>
      {tie.candidateIds.map((id) => {
        const candidate = post.candidates.find((c) => c.id === id)!;
        return (
          <CheckboxField
            key={id}
            label={t('elections.drawnCandidate', { name: candidateLabel(candidate, language, fixed) })}
            checked={winners.includes(id)}
            onChange={(on) => setWinners((all) => (on ? [...all, id] : all.filter((w) => w !== id)))}
          />
        );
      })}
      <TextField
        label={t('elections.drawnBy')}
        value={drawnBy}
        onChange={setDrawnBy}
        error={errorFor(errors, 'drawnBy')}
      />
      <FormErrors errors={errors} shownFields={['drawnBy']} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('elections.recordDraw')}
        </button>
      </div>
    </form>
  );
}
