import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runInMemory } from './testing/runInMemory';

const run = runInMemory;

describe('plenum tally', () => {
  const vote = {
    rule: {
      quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
      base: 'present',
      majority: { kind: 'twoThirds' },
    },
    options: 'yesNoAbstain',
    procedure: 'ballot',
    electorate: { entitled: 153, present: 131 },
    ballots: { issued: 131, returned: 131 },
    counts: { yes: 118, no: 8, abstain: 4, invalid: 1 },
  };
  const files = (json: unknown) => ({ 'vote.json': new TextEncoder().encode(JSON.stringify(json)) });

  it('prints the outcome, the figures and the explanation as JSON', async () => {
    const { code, out } = await run(['tally', 'vote.json'], files(vote));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      outcome: 'adopted',
      majority: { required: 88 },
      explanation: 'Adopted: 118 of 131 present voted yes; at least ⅔ of those present (88) was required.',
    });
  });

  it('names the field of malformed input, and says why inconsistent counts cannot be sealed', async () => {
    const bad = await run(
      ['tally', 'vote.json'],
      files({ ...vote, rule: { ...vote.rule, base: 'everyone' } }),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('rule.base');
    for (const [json, field] of [
      [{ ...vote, counts: { ...vote.counts, yes: 1e21 } }, 'counts.yes:'],
      [{ ...vote, electorate: { entitled: 153, present: -1 } }, 'electorate.present:'],
      [
        { ...vote, procedure: 'rollCall', rollCall: [{ voterId: 'M1', choice: 'yes', weight: 0.1234567 }] },
        'rollCall.0.weight: a weight is a decimal',
      ],
    ] as const) {
      const refused = await run(['tally', 'vote.json'], files(json));
      expect(refused.code, field).toBe(2);
      expect(refused.err, field).toContain(`vote.json: ${field}`);
    }
    const inconsistent = await run(
      ['tally', 'vote.json'],
      files({ ...vote, ballots: { issued: 131, returned: 132 } }),
    );
    expect(inconsistent.code).toBe(1);
    expect(JSON.parse(inconsistent.out).problems.map((p: { message: string }) => p.message)).toEqual([
      '132 ballots returned, but only 131 issued.',
      'The papers counted (131) are not the ballots returned (132).',
    ]);
  });
});

describe('the tally command and the app', () => {
  it('give the same result and explanation for the same vote', async () => {
    const { voteInput, resultOf } = await import('../shared/rules/votes/voteCommands');
    const { explainVote } = await import('../shared/rules/counting/explain');
    const { RULE_PRESETS } = await import('../shared/rules/counting/presets');
    const { translator } = await import('./translate');
    const vote = {
      id: 'v',
      conferenceId: 'c',
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      title: { zh: '章程', ru: '', en: '' },
      text: { zh: '', ru: '', en: '' },
      documentName: '',
      document: '',
      body: 'assembly' as const,
      voterIds: [],
      preset: 'ruNonProfitResolution',
      rule: RULE_PRESETS.ruNonProfitResolution,
      options: 'yesNoAbstain' as const,
      procedure: 'rollCall' as const,
      status: 'closed' as const,
      opened: { entitled: 5, present: 4, at: 't' },
      closed: { entitled: 5, present: 4, at: 't' },
      counts: { yes: 0, no: 0, abstain: 0, invalid: 0 },
      ballots: { issued: 0, returned: 0 },
      rollCall: [
        { voterId: 'a', choice: 'yes' as const, weight: 1.5 },
        { voterId: 'b', choice: 'no' as const, weight: 1 },
        { voterId: 'c', choice: 'yes' as const, weight: 0.5 },
        { voterId: 'd', choice: 'abstain' as const, weight: 1 },
      ],
      note: '',
      seals: [],
      reopenings: [],
    };
    const app = resultOf(vote);
    const { code, out } = await run(['tally', 'vote.json', '--lang', 'ru'], {
      'vote.json': new TextEncoder().encode(JSON.stringify(voteInput(vote))),
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out);
    expect(cli.outcome).toBe(app.outcome);
    expect(cli.counts).toEqual(app.counts);
    expect(cli.majority).toEqual(app.majority);
    expect(cli.explanation).toBe(explainVote(app, vote.rule.base, translator('ru')));
  });
});

describe('plenum tally for an election', () => {
  const election = {
    quorum: { kind: 'none' },
    electorate: { entitled: 9, present: 9 },
    issued: 9,
    posts: [
      {
        id: 'chair',
        title: '理事长',
        seats: 1,
        method: 'yesNoAbstain',
        rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
        tieRule: 'runoff',
        candidates: [{ id: 'liu', name: '刘申' }],
      },
      {
        id: 'vice',
        title: '副理事长',
        seats: 2,
        method: 'markUpTo',
        rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
        tieRule: 'runoff',
        candidates: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
          { id: 'c', name: 'C' },
        ],
      },
    ],
    papers: [
      ...Array.from({ length: 4 }, (_, i) => ({ paper: i + 1, marks: { chair: '1', vice: '110' } })),
      ...Array.from({ length: 4 }, (_, i) => ({ paper: i + 5, marks: { chair: '1', vice: '101' } })),
      { paper: 9, marks: { chair: '2', vice: '011' } },
    ],
  };
  const files = (json: unknown) => ({ 'election.json': new TextEncoder().encode(JSON.stringify(json)) });

  it('prints who is elected, the tie at the last seat and why', async () => {
    const { code, out } = await run(['tally', 'election.json'], files(election));
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.outcome).toBe('decided');
    expect(result.posts[0]).toMatchObject({
      elected: ['liu'],
      required: 5,
      candidates: [{ id: 'liu', yes: 8, no: 1, status: 'elected' }],
    });
    expect(result.posts[1]).toMatchObject({
      elected: ['a'],
      tie: { candidateIds: ['b', 'c'], seats: 1, resolution: 'runoff' },
      unfilled: 0,
    });
    expect(result.posts[1].explanation).toEqual([
      '副理事长: 1 of 2 seats filled.',
      'A candidate needed more than ½ of the ballots cast (9): 5 votes.',
      'Tie for the last 1 seat(s): B; C have 5 votes each. A runoff round among them decides.',
    ]);
  });

  it('counts an approval ballot: any number of marks, the most marks take the seats', async () => {
    const approval = {
      quorum: { kind: 'none' },
      electorate: { entitled: 4, present: 4 },
      issued: 4,
      posts: [
        {
          id: 'audit',
          title: '监事',
          seats: 2,
          method: 'approval',
          rule: { kind: 'relative' },
          tieRule: 'lots',
          candidates: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })),
        },
      ],
      papers: ['111', '110', '010', '110'].map((marks, i) => ({ paper: i + 1, marks: { audit: marks } })),
    };
    const { code, out } = await run(['tally', 'election.json'], files(approval));
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.posts[0]).toMatchObject({ valid: 4, overMarked: 0, elected: ['b', 'a'] });
    expect(result.posts[0].candidates.map((c: { yes: number }) => c.yes)).toEqual([3, 4, 1]);
    expect(result.posts[0].explanation).toContain('The candidates marked on the most papers take the seats.');
  });

  it('reports an over-marked paper, more papers than ballots, and a malformed file by field', async () => {
    const over = await run(
      ['tally', 'election.json'],
      files({
        ...election,
        issued: 8,
        papers: [...election.papers.slice(0, 8), { paper: 9, marks: { chair: '1', vice: '111' } }],
      }),
    );
    expect(over.code).toBe(1);
    const result = JSON.parse(over.out);
    expect(result.posts[1]).toMatchObject({ invalid: 1, overMarked: 1 });
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      '9 papers returned, but only 8 ballots issued.',
    ]);
    const bad = await run(
      ['tally', 'election.json'],
      files({ ...election, posts: [{ ...election.posts[0], seats: 0 }] }),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('election.json: posts.0.seats:');
    const both = await run(
      ['tally', 'election.json'],
      files({ ...election, totals: { returned: 9, posts: {} } }),
    );
    expect(both.err).toContain('papers: give either totals or papers');
  });

  it('refuses a malformed round with exit 2 and the field named, never a stack trace', async () => {
    const [chair, vice] = election.posts as [(typeof election.posts)[0], (typeof election.posts)[1]];
    const cases: [unknown, string][] = [
      [
        { ...election, posts: [chair, { ...vice, id: 'chair' }] },
        'posts.1.id: post id "chair" is used twice',
      ],
      [
        {
          ...election,
          posts: [chair, { ...vice, candidates: [...vice.candidates, { id: 'a', name: 'A2' }] }],
        },
        'posts.1.candidates.3.id: candidate id "a" is used twice',
      ],
      [
        { ...election, posts: [chair, { ...vice, minMarks: 3, maxMarks: 2 }] },
        'posts.1.minMarks: minMarks (3) is more than maxMarks (2)',
      ],
      [
        { ...election, posts: [chair, { ...vice, maxMarks: 4 }] },
        'posts.1.maxMarks: maxMarks (4) is more than the 3 candidates',
      ],
      [
        {
          ...election,
          papers: [...election.papers.slice(0, 8), { paper: 9, marks: { chair: '1', vice: '1101' } }],
        },
        'papers.8.marks.vice: 4 marks for 3 candidates',
      ],
      [
        { ...election, lots: [{ postId: 'vice', winnerIds: ['a'], drawnBy: 'x' }] },
        'lots.0.winnerIds: a are not the 1 seat(s) of a tie in post "vice"',
      ],
      [
        { ...election, lots: [{ postId: 'vice', winnerIds: ['zz'], drawnBy: 'x' }] },
        'lots.0.winnerIds: not candidates of post "vice": zz',
      ],
      [{ ...election, issued: 1e21 }, 'issued:'],
      [
        { ...election, papers: election.papers.map((p) => ({ ...p, weight: 0.1234567 })) },
        'papers.0.weight: a weight is a decimal with at most 6 places',
      ],
    ];
    for (const [json, field] of cases) {
      const { code, err, out } = await run(['tally', 'election.json'], files(json));
      expect(code, field).toBe(2);
      expect(err, field).toContain(`election.json: ${field}`);
      expect(err + out).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the tally command and the app, for an election', () => {
  it('elect the same candidates, with the same tie and votes', async () => {
    const { demoCouncilElection } = await import('../shared/rules/elections/testing/demoRecords');
    const { electionInput, electionResultOf } = await import('../shared/rules/elections/electionResult');
    const base = demoCouncilElection();
    const post = base.posts[0]!;
    // 153 candidates for 150 seats: the last three tie.
    const election = {
      ...base,
      status: 'closed' as const,
      opened: { entitled: 153, present: 120, at: 't' },
      posts: [{ ...post, seats: 150, maxMarks: 150 }],
    };
    const papers = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      conferenceId: 'demo',
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      electionId: election.id,
      paper: i + 1,
      teller: 1 as const,
      spoilt: false,
      weight: 1,
      marks: {
        [post.id]: post.candidates
          .map((_, c) => (c >= 150 ? (i < 15 ? '1' : '0') : c % 20 === i ? '2' : '1'))
          .join(''),
      },
    }));
    const app = electionResultOf(election, papers, 20);
    const { code, out } = await run(['tally', 'election.json'], {
      'election.json': new TextEncoder().encode(JSON.stringify(electionInput(election, papers, 20))),
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out);
    expect(cli.posts[0].elected).toEqual(app.posts[0]!.seats.elected);
    expect(cli.posts[0].tie).toEqual(app.posts[0]!.seats.tie);
    expect(cli.posts[0].candidates.map((c: { yes: number }) => c.yes)).toEqual(
      app.posts[0]!.candidates.map((c) => c.yes),
    );
    expect(app.posts[0]!.seats.elected.length).toBeGreaterThan(100);
  });
});

describe('the documented examples', () => {
  it('give the results docs/tally-format.md shows', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (name: string) => ({
      [name]: new Uint8Array(readFileSync(path.resolve(__dirname, '../docs/examples', name))),
    });
    const vote = JSON.parse((await run(['tally', 'charter-vote.json'], read('charter-vote.json'))).out);
    expect(vote.explanation).toBe(
      'Adopted: 118 of 131 present voted yes; at least ⅔ of those present (88) was required.',
    );
    const election = JSON.parse(
      (await run(['tally', 'officers-election.json'], read('officers-election.json'))).out,
    );
    expect(election.posts[1].explanation.join(' ')).toBe(
      '副理事长: 1 of 2 seats filled. ' +
        'A candidate needed more than ½ of the ballots cast (9): 5 votes. ' +
        'Tie for the last 1 seat(s): 司马堃; Ковалевский Андрей have 5 votes each. ' +
        'A runoff round among them decides.',
    );
    const approval = JSON.parse(
      (await run(['tally', 'approval-election.json'], read('approval-election.json'))).out,
    );
    expect(approval.posts[0].elected).toEqual(['M001', 'M008']);
    expect(approval.posts[0].explanation).toEqual([
      '监事: 2 of 2 seats filled.',
      'The candidates marked on the most papers take the seats.',
    ]);
  });
});
