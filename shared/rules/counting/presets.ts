import type { VoteRule } from './tally';

/**
 * Starting points for a vote's rule, each with the wording it comes from. The event's own statute
 * decides; every setting stays editable until the vote opens. 以上 includes the number (≥, Civil
 * Code art. 1259); 过半数 and Russian «более половины» do not (>).
 */
export const RULE_PRESETS = {
  /** 社会团体章程示范文本: 会员代表大会须有2/3以上的会员代表出席方能召开，其决议须经到会会员代表半数以上表决通过方能生效。 */
  cnCharterResolution: {
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    base: 'present',
    majority: { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>=' },
  },
  /** The same, where the charter says 过半数: more than half of those present. */
  cnCharterResolutionMoreThanHalf: {
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    base: 'present',
    majority: { kind: 'absolute' },
  },
  /** 制定和修改章程，须经到会会员代表三分之二以上表决通过。 */
  cnCharterAmendment: {
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    base: 'present',
    majority: { kind: 'twoThirds' },
  },
  /** 理事会须有2/3以上理事出席方能召开，其决议须经到会理事2/3以上表决通过方能生效。 */
  cnCouncilDecision: {
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    base: 'present',
    majority: { kind: 'twoThirds' },
  },
  /**
   * 7-FZ art. 29: a general meeting is competent with more than half of its members present; charter
   * changes by a qualified ⅔ majority.
   */
  ruNonProfitCharter: {
    quorum: { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>' },
    base: 'present',
    majority: { kind: 'twoThirds' },
  },
  /** Other decisions of a Russian non-profit's meeting: a majority of the votes of members present. */
  ruNonProfitResolution: {
    quorum: { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>' },
    base: 'present',
    majority: { kind: 'absolute' },
  },
  /** More yes than no among the votes cast; abstentions do not count. */
  simpleMajority: { quorum: { kind: 'none' }, base: 'yesNo', majority: { kind: 'simple' } },
} satisfies Record<string, VoteRule>;

export type RulePreset = keyof typeof RULE_PRESETS;
