import type { MessageKey } from '../../locales';
import type { Translate } from '../../locales';
import type { VoteResult, VoteRule } from './tally';
import { thresholdOf, type Base } from './majority';

/** A sentence key and its parameters: the UI and the command line say it in zh, ru or en. */
export interface Explanation {
  key: MessageKey;
  params: Record<string, string | number>;
}

const FRACTIONS: Record<string, string> = { '1/2': '½', '2/3': '⅔', '3/4': '¾', '1/3': '⅓', '3/5': '⅗' };

/**
 * Why the vote came out as it did, in one sentence: "Adopted: 118 of 131 present voted yes; at
 * least ⅔ of those present (88) was required." The base and threshold are themselves keys.
 */
export function explainVote(result: VoteResult, base: Base, translate: Translate): string {
  const { counts } = result;
  if (result.outcome === 'inconsistent') return translate('votes.explainInconsistent');
  if (result.outcome === 'notQuorate')
    return translate('votes.explainNotQuorate', {
      present: result.quorum.present,
      entitled: result.quorum.entitled,
      required: result.quorum.required ?? 0,
    });
  const majority = result.majority!;
  const adopted = result.outcome === 'adopted';
  if (!majority.threshold)
    return translate(adopted ? 'votes.explainSimpleAdopted' : 'votes.explainSimpleRejected', {
      yes: counts.yes,
      no: counts.no,
    });
  const { numerator, denominator, comparison } = majority.threshold;
  const fraction = FRACTIONS[`${numerator}/${denominator}`] ?? `${numerator}/${denominator}`;
  const threshold = translate(comparison === '>=' ? 'votes.thresholdAtLeast' : 'votes.thresholdMoreThan', {
    fraction,
    baseShort: translate(`votes.baseShort_${base}`),
  });
  return translate(adopted ? 'votes.explainAdopted' : 'votes.explainRejected', {
    yes: counts.yes,
    ofBase: translate(`votes.ofBase_${base}`, { count: majority.base }),
    threshold,
    required: majority.required,
  });
}

/** The rule in one line: "majority: at least 2/3 of those present; quorum: at least 2/3". */
export function ruleSummary(rule: VoteRule, translate: Translate): string {
  const threshold = thresholdOf(rule.majority);
  const majority = threshold
    ? translate(threshold.comparison === '>=' ? 'votes.thresholdAtLeast' : 'votes.thresholdMoreThan', {
        fraction: `${threshold.numerator}/${threshold.denominator}`,
        baseShort: translate(`votes.baseShort_${rule.base}`),
      })
    : translate('votes.majority_simple');
  const quorum =
    rule.quorum.kind === 'none'
      ? translate('checkin.noQuorumRule')
      : translate(rule.quorum.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan', {
          fraction: `${rule.quorum.numerator}/${rule.quorum.denominator}`,
        });
  return translate('votes.ruleSummary', { majority, quorum });
}
