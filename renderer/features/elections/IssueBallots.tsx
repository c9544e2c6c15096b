import type { MessageKey } from '../../../shared/locales';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotIssue, Election } from '../../../shared/core/domain/entities';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import { aboutPerson, nameOf, nameWithCode } from '../../app/names';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, formatTime } from '../../app/format';
import { useAllAttendees, useAllOrganisations } from '../../db/hooks';
import { issueBallotAction } from '../../db/electionActions';
import { TextField } from '../../components/fields';
import { useScanner } from '../../components/scanner/useScanner';
import { resolveScan, scanText, type Scan } from '../../components/scanner/scanDetector';
import { LateValue, OrderedQueue } from '../../components/scanner/orderedQueue';

/** What the desk last said, kept as a key so that it follows a change of language. */
type Banner = { kind: 'ok' | 'error'; key: MessageKey; params: Record<string, string | number> };

/** The ballot desk: a badge scan or a search hands a ballot to an entitled, present voter, once per round. */
export function IssueBallots({ election, issues }: { election: Election; issues: readonly BallotIssue[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const attendees = useAllAttendees(election.conferenceId);
  const organisations = useAllOrganisations(election.conferenceId);
  const index = useMemo(
    () => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null),
    [attendees, organisations],
  );
  const [query, setQuery] = useState('');
  const [banner, setBanner] = useState<Banner | null>(null);
  const byId = useMemo(() => new Map((attendees ?? []).map((a) => [a.id, a])), [attendees]);
  const match =
    query && index ? (index.findByCode(query) ?? index.search(query, 1)[0]?.attendeeId) : undefined;
  const person = match ? byId.get(match) : undefined;
  const label = (id: string) => {
    const a = byId.get(id);
    return a ? aboutPerson(a, nameWithCode(a)) : { name: id };
  };

  const issue = async (attendeeId: string | undefined, typed: string) => {
    if (!attendeeId)
      return setBanner({ kind: 'error', key: 'elections.unknownVoter', params: { code: typed } });
    const result = await issueBallotAction(store, election, attendeeId);
    if (result.ok) return setBanner({ kind: 'ok', key: 'elections.issuedTo', params: label(attendeeId) });
    const error = result.errors[0]!;
    const params: Record<string, string | number> = { ...(error.params ?? {}), ...label(attendeeId) };
    setBanner({ kind: 'error', key: error.message, params });
  };
  // Scans and the form go through one queue, in order, each once; badges scanned while the
  // register is still loading wait for it.
  const register = useRef(new LateValue<AttendeeSearchIndex>());
  useEffect(() => register.current.set(index), [index]);
  const queue = useRef(
    new OrderedQueue((error) =>
      setBanner({ kind: 'error', key: 'errors.unexpected', params: { message: String(error) } }),
    ),
  );
  useScanner(
    (scan: Scan) => {
      setQuery('');
      void queue.current.push(async () => {
        const current = await register.current.get();
        await issue(
          resolveScan(scan, (code) => current.findByCode(code)),
          scanText(scan),
        );
      });
    },
    () => setQuery(''),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [chosen, typed] = [match, query];
    setQuery('');
    void queue.current.push(() => issue(chosen, typed));
  };
  const recent = [...issues].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(0, 8);

  return (
    <div className="issue-ballots">
      <form onSubmit={submit} noValidate aria-label={t('elections.issueForm')}>
        <TextField
          label={t('elections.issueTo')}
          type="search"
          value={query}
          onChange={setQuery}
          autoFocus
          hint={person ? `${nameOf(person)} · ${person.code}` : t('elections.issueHint')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!query}>
            {t('elections.issue')}
          </button>
        </div>
      </form>
      <p className={`desk-banner desk-banner--${banner?.kind ?? 'ok'}`} role="status" aria-live="polite">
        {banner
          ? t(
              banner.key,
              typeof banner.params.time === 'string'
                ? { ...banner.params, time: formatTime(banner.params.time, language) }
                : banner.params,
            )
          : ''}
      </p>
      <p>
        {t('elections.issuedCount', {
          issued: issues.length,
          present: election.opened?.present ?? 0,
          entitled: election.opened?.entitled ?? 0,
        })}
      </p>
      {recent.length ? (
        <ol className="hint" aria-label={t('elections.issuedRecently')}>
          {recent.map((i) => (
            <li key={i.id}>
              {formatDateTime(i.createdAt, language)} · {label(i.voterId).name} · {i.desk}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
