import { useTranslation } from 'react-i18next';
import { ATTENDEE_CATEGORIES } from '../../../shared/core/domain/entities';
import type { PresenceSummary } from '../../../shared/rules/checkin/presence';
import type { QuorumState } from '../../../shared/rules/counting/quorum';
import { currentLanguage } from '../../app/i18n';
import { formatNumber } from '../../app/format';

/** The desk's live figures: who is here, which members are represented, whether the assembly is quorate. */
export function PresencePanel({
  summary,
  quorum,
  quorumSitting,
}: {
  summary: PresenceSummary;
  /** The assembly's quorum, from the assembly's sitting (which may not be the desk's). */
  quorum: QuorumState;
  quorumSitting: string | null;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="presence-title" className="panel presence-panel">
      <h2 id="presence-title">{t('checkin.panelTitle')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('checkin.attendeesPresent')}</dt>
          <dd>{t('checkin.ofTotal', { n: n(summary.present), total: n(summary.registered) })}</dd>
        </div>
        <div>
          <dt>{t('checkin.membersRepresented')}</dt>
          <dd>{t('checkin.ofTotal', { n: n(summary.membersRepresented), total: n(summary.members) })}</dd>
        </div>
        <div>
          <dt>{t('checkin.votingPresent')}</dt>
          <dd>
            {t('checkin.ofAccredited', { n: n(summary.votingPresent), total: n(summary.accredited) })}
            {summary.substitutesVoting
              ? ` ${t('checkin.bySubstitutes', { n: n(summary.substitutesVoting) })}`
              : ''}
          </dd>
        </div>
        {summary.entitled > summary.accredited ? (
          <div>
            <dt>{t('checkin.membersWithoutDelegate')}</dt>
            <dd>{n(summary.entitled - summary.accredited)}</dd>
          </div>
        ) : null}
        <div
          className={
            quorum.setting.kind === 'none' ? '' : quorum.met ? 'quorum quorum--met' : 'quorum quorum--not-met'
          }
        >
          <dt>
            {quorumSitting ? t('checkin.quorumOfSitting', { sitting: quorumSitting }) : t('checkin.quorum')}
          </dt>
          <dd>
            {quorum.setting.kind === 'none'
              ? t('checkin.noQuorumRule')
              : t(quorum.met ? 'checkin.quorate' : 'checkin.notQuorate', {
                  rule: t(
                    quorum.setting.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan',
                    { fraction: `${quorum.setting.numerator}/${quorum.setting.denominator}` },
                  ),
                  required: n(quorum.required ?? 0),
                  present: n(quorum.present),
                  entitled: n(quorum.entitled),
                })}
          </dd>
        </div>
      </dl>
      <h3>{t('checkin.byCategory')}</h3>
      <dl className="summary">
        {ATTENDEE_CATEGORIES.map((c) => (
          <div key={c}>
            <dt>{t(`attendeeCategories.${c}`)}</dt>
            <dd>{n(summary.presentByCategory[c])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
