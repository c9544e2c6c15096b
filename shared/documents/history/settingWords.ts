import type { Vote } from '../../core/domain/entities';
import type { Language } from '../../locales';
import { inLanguage } from '../../core/domain/trilingual';
import { quorumPresetOf, type QuorumRule, type QuorumSetting } from '../../rules/counting/quorum';
import { thresholdOf } from '../../rules/counting/majority';
import type { VoteRule } from '../../rules/counting/tally';
import type { VoteCounts } from '../../rules/counting/majority';
import type { Candidate } from '../../rules/elections/electionTypes';
import { resultOf } from '../../rules/votes/voteCommands';
import { codeLabel, say, text, type Phrase, type Words } from './historyWords';

/** "at least 2/3", as the check-in panel and the minutes say a quorum rule. */
function quorumRuleWords(rule: QuorumRule): Phrase {
  return say(rule.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan', {
    fraction: `${rule.numerator}/${rule.denominator}`,
  });
}

/** A quorum as the setup screen writes it: its preset's name, else the rule ("at least 3/5"). */
export function quorumWords(setting: QuorumSetting): Words {
  const preset = quorumPresetOf(setting);
  if (preset) return codeLabel(`quorumPresets.${preset}`, preset);
  return setting.kind === 'none' ? say('checkin.noQuorumRule') : quorumRuleWords(setting);
}

/** A vote's rule in one line, as the vote screen says it (see ruleSummary). */
export function voteRuleWords(rule: VoteRule): Phrase {
  const threshold = thresholdOf(rule.majority);
  const majority = threshold
    ? say(threshold.comparison === '>=' ? 'votes.thresholdAtLeast' : 'votes.thresholdMoreThan', {
        fraction: `${threshold.numerator}/${threshold.denominator}`,
        baseShort: codeLabel(`votes.baseShort_${rule.base}`, rule.base),
      })
    : say('votes.majority_simple');
  const quorum = rule.quorum.kind === 'none' ? say('checkin.noQuorumRule') : quorumRuleWords(rule.quorum);
  return say('votes.ruleSummary', { majority, quorum });
}

/** The figures a vote has: invalid papers only for a ballot, abstentions only where they are an answer. */
export function figuresWords(vote: Pick<Vote, 'procedure' | 'options'>, counts: VoteCounts): Phrase {
  const { yes, no, abstain, invalid } = counts;
  if (vote.procedure === 'ballot') return say('votes.figuresValue', { yes, no, abstain, invalid });
  if (vote.options === 'yesNoAbstain') return say('votes.figuresValueHands', { yes, no, abstain });
  return say('votes.figuresValueYesNo', { yes, no });
}

/** "Adopted (yes 118, no 8, abstain 4)": what the vote decided, with the figures it decided on. */
export function outcomeWords(vote: Vote): Phrase {
  const result = resultOf(vote);
  return say('history.outcome', {
    outcome: codeLabel(`votes.outcome_${result.outcome}`, result.outcome),
    figures: figuresWords(vote, result.counts),
  });
}

/** A candidate as the election screen lists one (see candidateLabel). */
export function candidateWords(candidate: Candidate, language: Language): Words {
  const person = inLanguage(candidate.name, language);
  const organisation = inLanguage(candidate.organisationName, language);
  if (candidate.kind === 'organisation')
    return person ? say('elections.representedBy', { org: organisation, person }) : text(organisation);
  return organisation ? say('elections.personOf', { person, org: organisation }) : text(person);
}

/** A fingerprint as people compare it at a glance: its first eight digits. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.length > 8 ? `${fingerprint.slice(0, 8)}…` : fingerprint;
}
