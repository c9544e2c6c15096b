import { describe, expect, it } from 'vitest';
import { electionInputSchema } from './electionInputSchema';

const candidates = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const post = (over: object = {}) => ({
  id: 'p',
  seats: 2,
  method: 'yesNoAbstain',
  rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
  tieRule: 'runoff',
  candidates,
  ...over,
});
const round = (over: object = {}) => ({
  quorum: { kind: 'none' },
  electorate: { entitled: 10, present: 8 },
  posts: [post()],
  issued: 8,
  papers: [{ paper: 1, marks: { p: '120' } }],
  ...over,
});
/** Every problem as "path: message". */
const problems = (over: object = {}) => {
  const parsed = electionInputSchema.safeParse(round(over));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the election file format', () => {
  it('accepts a round with papers, or with totals', () => {
    expect(problems()).toEqual([]);
    const totals = {
      returned: 8,
      posts: { p: { blank: 1, invalid: 0, candidates: [{ yes: 5 }, { yes: 3, no: 2 }, { yes: 0 }] } },
    };
    const parsed = electionInputSchema.safeParse(round({ papers: undefined, totals }));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.totals?.posts.p?.candidates[0]).toEqual({ yes: 5, no: 0, abstain: 0 });
  });

  it('refuses a quorum of more than all those entitled', () => {
    const quorum = { kind: 'fraction', numerator: 5, denominator: 4, comparison: '>' };
    expect(problems({ quorum })).toEqual([
      'quorum.numerator: numerator is more than denominator: the share is at most the whole',
    ]);
  });

  it('wants either totals or papers, not both and not neither', () => {
    const totals = { returned: 8, posts: {} };
    expect(problems({ totals })).toEqual(['papers: give either totals or papers']);
    expect(problems({ papers: undefined })).toEqual(['papers: give either totals or papers']);
  });

  it('lets a post vote for as many as it has seats unless told otherwise, and reads names in three languages', () => {
    const parsed = electionInputSchema.safeParse(
      round({
        posts: [
          post({
            title: { zh: '', ru: 'Совет', en: 'Council' },
            candidates: [{ id: 'a', name: { zh: '刘申', ru: 'Лю Шэнь', en: 'Liu Shen' } }, { id: 'b' }],
          }),
        ],
        papers: [{ paper: 1, marks: { p: '12' } }],
      }),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data?.posts[0]).toMatchObject({ maxMarks: 2, minMarks: 0, title: 'Совет' });
    expect(parsed.data?.posts[0]?.candidates[0]?.name).toBe('刘申');
  });

  it('refuses ids used twice', () => {
    expect(problems({ posts: [post(), post()] })).toEqual(['posts.1.id: post id "p" is used twice']);
    expect(problems({ posts: [post({ candidates: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] })] })).toEqual([
      'posts.0.candidates.2.id: candidate id "a" is used twice',
    ]);
  });

  it('refuses limits a paper cannot meet', () => {
    expect(problems({ posts: [post({ method: 'markUpTo', maxMarks: 2, minMarks: 3 })] })).toEqual([
      'posts.0.minMarks: minMarks (3) is more than maxMarks (2)',
    ]);
    expect(problems({ posts: [post({ maxMarks: 4 })] })).toEqual([
      'posts.0.maxMarks: maxMarks (4) is more than the 3 candidates',
    ]);
    // Approval has no maximum to set: the candidates are its limit.
    const approval = { method: 'approval', rule: { kind: 'relative' }, maxMarks: 9 };
    expect(problems({ posts: [post(approval)], papers: [{ paper: 1, marks: { p: '111' } }] })).toEqual([]);
    expect(problems({ posts: [post({ ...approval, minMarks: 4 })], papers: [] })).toEqual([
      'posts.0.minMarks: minMarks (4) is more than the 3 candidates',
    ]);
  });

  it('refuses a seat rule the method does not offer', () => {
    expect(problems({ posts: [post({ method: 'approval' })] })).toEqual([
      'posts.0.rule: rule "majority" does not go with method "approval"',
    ]);
    expect(problems({ posts: [post({ method: 'markUpTo', rule: { kind: 'relative' } })] })).toEqual([]);
  });

  it('refuses papers for an unknown post, with more marks than candidates, or with other digits', () => {
    expect(problems({ papers: [{ paper: 1, marks: { q: '1' } }] })).toEqual([
      'papers.0.marks.q: no post has the id "q"',
    ]);
    expect(problems({ papers: [{ paper: 1, marks: { p: '1200' } }] })).toEqual([
      'papers.0.marks.p: 4 marks for 3 candidates',
    ]);
    expect(problems({ papers: [{ paper: 1, marks: { p: '15' } }] })).toEqual([
      'papers.0.marks.p: marks are digits 0–4, one per candidate',
    ]);
    // Fewer marks than candidates leave the rest unmarked.
    expect(problems({ papers: [{ paper: 1, marks: { p: '1' } }] })).toEqual([]);
    expect(problems({ papers: [{ paper: 0, marks: { p: '1' } }] })).toHaveLength(1);
    expect(problems({ papers: [{ paper: 1, marks: { p: '1' }, teller: 3 }] })).toHaveLength(1);
    expect(problems({ papers: [{ paper: 1, marks: { p: '1' }, weight: 0.5 }] })).toEqual([]);
    expect(problems({ papers: [{ paper: 1, marks: { p: '1' }, weight: 1e-7 }] })).toHaveLength(1);
  });

  it('refuses lots for an unknown post, naming a winner twice, or naming someone not standing', () => {
    expect(problems({ lots: [{ postId: 'q', winnerIds: ['a'] }] })).toEqual([
      'lots.0.postId: no post has the id "q"',
    ]);
    expect(problems({ lots: [{ postId: 'p', winnerIds: ['a', 'a'] }] })).toEqual([
      'lots.0.winnerIds: a winner is named twice',
    ]);
    expect(problems({ lots: [{ postId: 'p', winnerIds: ['a', 'x', 'y'] }] })).toEqual([
      'lots.0.winnerIds: not candidates of post "p": x, y',
    ]);
    const parsed = electionInputSchema.safeParse(round({ lots: [{ postId: 'p', winnerIds: ['b'] }] }));
    expect(parsed.data?.lots).toEqual([{ postId: 'p', winnerIds: ['b'], drawnBy: '' }]);
  });

  it('refuses a post without seats or candidates', () => {
    expect(problems({ posts: [post({ seats: 0 })] })).toEqual([expect.stringMatching(/^posts\.0\.seats: /)]);
    expect(problems({ posts: [post({ candidates: [] })], papers: [] })).toEqual([
      expect.stringMatching(/^posts\.0\.candidates: /),
    ]);
    expect(problems({ posts: [], papers: [] })).toEqual([expect.stringMatching(/^posts: /)]);
  });
});
