import { describe, expect, it } from 'vitest';
import { MAX_COUNT } from './numbers';
import { voteInputSchema } from './voteInputSchema';

const input = {
  rule: {
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    base: 'present',
    majority: { kind: 'twoThirds' },
  },
  options: 'yesNoAbstain',
  procedure: 'ballot',
  electorate: { entitled: 153, present: 135 },
  counts: { yes: 122, no: 8, abstain: 4, invalid: 1 },
  ballots: { issued: 135, returned: 135 },
};
const parse = (over: object) => voteInputSchema.safeParse({ ...input, ...over });
/** The path of the first problem, as the command line reports it. */
const pathOf = (over: object) => {
  const parsed = parse(over);
  return parsed.success ? 'accepted' : parsed.error.issues[0]!.path.join('.');
};

describe('the vote file format', () => {
  it('accepts a vote as docs/tally-format.md describes it', () => {
    const parsed = parse({});
    expect(parsed.success).toBe(true);
    expect(parsed.data?.counts).toEqual({ yes: 122, no: 8, abstain: 4, invalid: 1 });
  });

  it('fills in abstentions and invalid ballots left out, and leaves counts out when not given', () => {
    expect(parse({ counts: { yes: 3, no: 1 } }).data?.counts).toEqual({
      yes: 3,
      no: 1,
      abstain: 0,
      invalid: 0,
    });
    const { counts: _counts, ballots: _ballots, ...bare } = input;
    const parsed = voteInputSchema.safeParse(bare);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.counts).toBeUndefined();
  });

  it('accepts every named majority and a fraction of its own', () => {
    for (const kind of ['simple', 'absolute', 'twoThirds', 'threeQuarters'])
      expect(pathOf({ rule: { ...input.rule, majority: { kind } } })).toBe('accepted');
    const fraction = { kind: 'fraction', numerator: 3, denominator: 5, comparison: '>' };
    expect(pathOf({ rule: { ...input.rule, majority: fraction } })).toBe('accepted');
    expect(pathOf({ rule: { ...input.rule, majority: { kind: 'unanimous' } } })).toBe('rule.majority');
    expect(pathOf({ rule: { ...input.rule, majority: { ...fraction, numerator: 0 } } })).toBe(
      'rule.majority.numerator',
    );
    expect(pathOf({ rule: { ...input.rule, base: 'members' } })).toBe('rule.base');
    expect(pathOf({ rule: { ...input.rule, quorum: { kind: 'fraction', numerator: 1 } } })).toBe(
      'rule.quorum',
    );
  });

  it('refuses counts that are not whole numbers from 0 to 10⁹, naming the field', () => {
    expect(pathOf({ counts: { yes: -1, no: 0 } })).toBe('counts.yes');
    expect(pathOf({ counts: { yes: 1.5, no: 0 } })).toBe('counts.yes');
    expect(pathOf({ counts: { yes: MAX_COUNT, no: 0 } })).toBe('accepted');
    expect(pathOf({ counts: { yes: MAX_COUNT + 1, no: 0 } })).toBe('counts.yes');
    expect(pathOf({ counts: { yes: 1, no: '2' } })).toBe('counts.no');
    expect(pathOf({ electorate: { entitled: 153 } })).toBe('electorate.present');
    expect(pathOf({ ballots: { issued: 10, returned: -2 } })).toBe('ballots.returned');
  });

  it('refuses a quorum of more than all those entitled, naming the numerator', () => {
    const quorum = (numerator: number, denominator: number) => ({
      rule: { ...input.rule, quorum: { kind: 'fraction', numerator, denominator, comparison: '>=' } },
    });
    expect(pathOf(quorum(3, 2))).toBe('rule.quorum.numerator');
    expect(pathOf(quorum(3, 3))).toBe('accepted');
  });

  it('refuses unknown options and procedures', () => {
    expect(pathOf({ options: 'yesNoMaybe' })).toBe('options');
    expect(pathOf({ procedure: 'acclamation' })).toBe('procedure');
  });

  it('takes a roll call with weights of at most 6 decimal places and refuses anything else', () => {
    const call = (weight?: number, voterId = 'M001', choice = 'yes') => ({
      rollCall: [{ voterId, choice, ...(weight === undefined ? {} : { weight }) }],
    });
    expect(pathOf(call())).toBe('accepted');
    expect(pathOf(call(2.5))).toBe('accepted');
    expect(pathOf(call(0.123456))).toBe('accepted');
    expect(pathOf(call(0.1234567))).toBe('rollCall.0.weight');
    expect(pathOf(call(1_000_001))).toBe('rollCall.0.weight');
    expect(pathOf(call(-1))).toBe('rollCall.0.weight');
    expect(pathOf(call(undefined, ''))).toBe('rollCall.0.voterId');
    expect(pathOf(call(undefined, 'M001', 'maybe'))).toBe('rollCall.0.choice');
    const refused = parse(call(0.1234567));
    expect(refused.error?.issues[0]?.message).toBe(
      'a weight is a decimal with at most 6 places, at most 1,000,000',
    );
  });
});
