import type { VoteFields } from '../../core/domain/entities';
import { RULE_PRESETS } from '../counting/presets';

/** A new vote as the setup dialog starts it: the model charter's rule, a paper ballot of the assembly. */
export function blankVote(): VoteFields {
  return {
    title: { zh: '', ru: '', en: '' },
    text: { zh: '', ru: '', en: '' },
    documentName: '',
    document: '',
    body: 'assembly',
    voterIds: [],
    preset: 'cnCharterAmendment',
    rule: RULE_PRESETS.cnCharterAmendment,
    options: 'yesNoAbstain',
    procedure: 'ballot',
    status: 'draft',
    opened: null,
    closed: null,
    counts: { yes: 0, no: 0, abstain: 0, invalid: 0 },
    ballots: { issued: 0, returned: 0 },
    rollCall: [],
    note: '',
    seals: [],
    reopenings: [],
  };
}
