import { useRef, useState, type FormEvent } from 'react';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import type { Language } from '../../../shared/locales';
import { parseMarks, typedMarks, type ParsedMarks } from '../../../shared/rules/elections/ballotMarks';
import { MAX_COUNT, parseWeight } from '../../../shared/rules/counting/numbers';
import { useStore } from '../../app/AppContext';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { markTiming } from '../../app/timing';
import { correctBallotAction, enterBallotAction, removeBallotAction } from '../../db/electionActions';
import { useCommand } from '../../components/useCommand';
import { useDraft } from '../../components/useDraft';

type Typed = Record<string, string>;
type Post = Election['posts'][number];
export type ParsedPosts = { post: Post; parsed: ParsedMarks }[];

/** What the form holds, as it was before a paper was sent: it comes back if the paper cannot be saved. */
interface TypedPaper {
  typed: Typed;
  spoilt: boolean;
  weight: string;
  paperNumber: string;
  editing: Paper | null;
}

/** The marks of every post as the record keeps them (a post whose marks do not read stays empty). */
export function marksOf(parsed: ParsedPosts): Record<string, string> {
  return Object.fromEntries(parsed.map(({ post, parsed: p }) => [post.id, p.ok ? p.marks : '']));
}

/** What is wrong with a typed paper (its marks per post, its number, its weight), and what it records. */
function checkPaper(parsed: ParsedPosts, paperNumber: string, weight: string | null, language: Language) {
  const problems: FieldError[] = parsed.flatMap(({ post, parsed: p }, i) =>
    p.ok
      ? []
      : [
          {
            field: `marks.${i}`,
            message: p.error.message,
            params: { ...p.error.params, post: localised(post.title, language) },
          },
        ],
  );
  const paper = paperNumber ? Number(paperNumber) : null;
  if (paper !== null && (!Number.isInteger(paper) || paper < 1 || paper > MAX_COUNT))
    problems.push({ field: 'paper', message: 'elections.paperNumberInvalid' });
  const readWeight = weight !== null ? parseWeight(weight) : null;
  if (readWeight && !readWeight.ok) problems.push({ field: 'weight', message: readWeight.message });
  return { problems, paper, weight: readWeight?.ok ? readWeight.value : 1 };
}

/**
 * What is typed: a new paper, kept on this computer as typed (leaving or a reload keeps it), or the
 * correction of an entered one, which is not (after a reload its marks must never come back as a new paper).
 */
function usePaperTyping(election: Election) {
  const [teller, setTeller] = useState<1 | 2>(1);
  const [draft, setDraft] = useDraft<Typed>(`plenum.paperDraft.${election.id}`, () => ({}));
  const [correction, setCorrection] = useState<Typed>({});
  const [spoilt, setSpoilt] = useState(false);
  const [weight, setWeight] = useState('1');
  const [editing, setEditing] = useState<Paper | null>(null);
  const typed = editing ? correction : draft;
  const setTyped = (next: Typed) => (editing ? setCorrection(next) : setDraft(next));
  const formRef = useRef<HTMLFormElement>(null);
  const [paperNumber, setPaperNumber] = useState('');

  const focusMarks = () =>
    formRef.current?.querySelector<HTMLInputElement>('input[data-first-marks]')?.focus();
  const clear = () => {
    setDraft({});
    setCorrection({});
    setSpoilt(false);
    setWeight('1');
    setEditing(null);
    setPaperNumber('');
    focusMarks();
  };
  const restore = (before: TypedPaper) => {
    if (before.editing) setCorrection(before.typed);
    else setDraft(before.typed);
    setSpoilt(before.spoilt);
    setWeight(before.weight);
    setPaperNumber(before.paperNumber);
    setEditing(before.editing);
  };
  const startCorrection = (paper: Paper) => {
    setEditing(paper);
    setTeller(paper.teller);
    setSpoilt(paper.spoilt);
    setWeight(String(paper.weight));
    setCorrection(
      Object.fromEntries(
        election.posts.map((post) => [post.id, typedMarks(post.method, paper.marks[post.id] ?? '')]),
      ),
    );
  };
  const current: TypedPaper = { typed, spoilt, weight, paperNumber, editing };
  return {
    ...current,
    teller,
    setTeller,
    setTyped,
    setSpoilt,
    setWeight,
    setPaperNumber,
    formRef,
    clear,
    restore,
    startCorrection,
  };
}

/**
 * The paper form's state and its sending: Enter records the paper (or saves its correction) and frees
 * the form for the next one at once.
 */
export function useBallotForm(election: Election, weighted: boolean) {
  const store = useStore();
  const language = currentLanguage();
  const typing = usePaperTyping(election);
  const { typed, spoilt, weight, paperNumber, editing, teller } = typing;
  const { errors, run } = useCommand(() => undefined);

  const parsed: ParsedPosts = election.posts.map((post) => ({
    post,
    parsed: parseMarks(post, typed[post.id] ?? ''),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    markTiming('ballot:start');
    const checked = checkPaper(parsed, paperNumber, weighted ? weight : null, language);
    if (checked.problems.length) return void run(async () => ({ ok: false, errors: checked.problems }));
    const marks = marksOf(parsed);
    const { paper, weight: paperWeight } = checked;
    // The form is free for the next paper at once; if the paper cannot be saved, what was typed comes back.
    const before = { typed, spoilt, weight, paperNumber, editing };
    typing.clear();
    void run(async () => {
      const result = editing
        ? await correctBallotAction(store, election, editing, { marks, spoilt, weight: paperWeight })
        : await enterBallotAction(store, election, { paper, teller, marks, spoilt, weight: paperWeight });
      if (!result.ok) typing.restore(before);
      return result;
    });
  };
  const remove = (paper: Paper) => void run(() => removeBallotAction(store, election, paper));
  return { ...typing, errors, parsed, submit, remove };
}

export type BallotForm = ReturnType<typeof useBallotForm>;
