/**
 * Quorum: whether enough of the entitled are present. Exact integer arithmetic, never a
 * floating-point threshold: ⅔ of 131 is 87.33…, and "at least ⅔" then needs 88.
 */
export type Comparison = '>' | '>=';

export interface QuorumRule {
  numerator: number;
  denominator: number;
  /** '>=' for Chinese 以上 ("三分之二以上" includes the number); '>' for 过半数 and Russian "более половины". */
  comparison: Comparison;
}

/** No quorum, or a fraction of the entitled. */
export type QuorumSetting = { kind: 'none' } | ({ kind: 'fraction' } & QuorumRule);

export const NO_QUORUM: QuorumSetting = { kind: 'none' };

// Whole numbers only reach BigInt; anything else counts as none (the tally reports it as a problem).
const whole = (value: number): bigint => (Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : 0n);

/** The fewest present that meet the rule, in BigInt: no product of large figures is ever rounded. */
export function quorumRequired(entitled: number, rule: QuorumRule): number {
  const product = whole(rule.numerator) * whole(entitled);
  const denominator = whole(rule.denominator) || 1n;
  return Number(
    rule.comparison === '>=' ? (product + denominator - 1n) / denominator : product / denominator + 1n,
  );
}

export function quorumMet(present: number, entitled: number, rule: QuorumRule): boolean {
  const left = whole(present) * whole(rule.denominator);
  const right = whole(rule.numerator) * whole(entitled);
  return rule.comparison === '>=' ? left >= right : left > right;
}

export interface QuorumState {
  setting: QuorumSetting;
  present: number;
  entitled: number;
  /** null without a quorum rule. */
  required: number | null;
  met: boolean;
}

export function evaluateQuorum(setting: QuorumSetting, present: number, entitled: number): QuorumState {
  if (setting.kind === 'none') return { setting, present, entitled, required: null, met: true };
  return {
    setting,
    present,
    entitled,
    required: quorumRequired(entitled, setting),
    met: quorumMet(present, entitled, setting),
  };
}

/** The quorum settings the setup screen offers by name (quorumPresets.<key>); any other is a custom fraction. */
export const QUORUM_PRESETS = {
  none: { kind: 'none' },
  gtHalf: { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>' },
  geHalf: { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>=' },
  geTwoThirds: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
  gtTwoThirds: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>' },
} as const satisfies Record<string, QuorumSetting>;

export type QuorumPresetKey = keyof typeof QUORUM_PRESETS;

/** The preset a setting is, by its values, or null for a custom fraction. */
export function quorumPresetOf(setting: QuorumSetting): QuorumPresetKey | null {
  const same = (known: QuorumSetting) =>
    known.kind === 'none' || setting.kind === 'none'
      ? known.kind === setting.kind
      : known.numerator === setting.numerator &&
        known.denominator === setting.denominator &&
        known.comparison === setting.comparison;
  const found = Object.entries(QUORUM_PRESETS).find(([, known]) => same(known));
  return found ? (found[0] as QuorumPresetKey) : null;
}
