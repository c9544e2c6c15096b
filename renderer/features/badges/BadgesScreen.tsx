import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDEE_CATEGORIES, type AttendeeCategory } from '../../../shared/core/domain/entities';
import { layoutBadge } from '../../../shared/documents/render/badgeLayout';
import { badgeMeasurer } from '../../../shared/documents/render/badgePdf';
import { BADGE_PRESETS, MM } from '../../../shared/documents/render/badgeTemplates';
import { missingCharacters, type FontBytes } from '../../../shared/documents/render/fontSet';
import { selectForPrinting, type BadgeSelection } from '../../../shared/documents/badges/badgePrints';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import {
  chineseDisplayName,
  cyrillicDisplayName,
  latinDisplayName,
  primaryDisplayName,
} from '../../../shared/core/names/latinName';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, formatNumber } from '../../app/format';
import { useAllAttendees, useAllOrganisations, useBadgePrints, useConference } from '../../db/hooks';
import { FormErrors, SelectField, TextField } from '../../components/fields';
import { BadgePreview } from './BadgePreview';
import { TemplateSettings } from './TemplateSettings';
import { useBadgeTemplate } from '../../components/badges/useBadgeTemplate';
import { loadFontBytes, registerPreviewFonts } from '../../components/fontUrls';
import { RenderStopped } from '../../components/badges/renderInWorker';
import { badgeContentFor, printBadges } from '../../components/badges/printBadges';

type Job = { done: number; total: number; cancel: () => void } | null;

export function BadgesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const language = currentLanguage();
  const {
    template,
    save: setTemplate,
    errors: templateErrors,
    saving: templateSaving,
  } = useBadgeTemplate(conferenceId);
  const conference = useConference(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const prints = useBadgePrints(conferenceId);
  const [fonts, setFonts] = useState<FontBytes | null>(null);
  const [measure, setMeasure] = useState<Awaited<ReturnType<typeof badgeMeasurer>> | null>(null);
  const [mode, setMode] = useState<BadgeSelection['kind']>('all');
  const [personQuery, setPersonQuery] = useState('');
  const [category, setCategory] = useState<AttendeeCategory>('delegate');
  const [job, setJob] = useState<Job>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    registerPreviewFonts();
    void loadFontBytes().then(async (bytes) => {
      setFonts(bytes);
      setMeasure(await badgeMeasurer(bytes));
    });
  }, []);

  const index = useMemo(
    () => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null),
    [attendees, organisations],
  );
  const person = useMemo(
    () => (index && personQuery ? index.search(personQuery, 1)[0]?.attendeeId : undefined),
    [index, personQuery],
  );
  const selection: BadgeSelection =
    mode === 'one'
      ? { kind: 'one', attendeeId: person ?? '' }
      : mode === 'category'
        ? { kind: 'category', category }
        : { kind: mode };
  // `selection` is a new object on every render: what it is made of (mode, person, category) is the dependency.
  const chosen = useMemo(
    () => (attendees && prints ? selectForPrinting(attendees, prints, selection) : []),
    [attendees, prints, mode, person, category],
  );
  const orgById = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const content = badgeContentFor(conference, orgById);
  const geometry = BADGE_PRESETS[template.preset];
  const width = geometry.cardWidth * MM;
  const height = geometry.cardHeight * MM;
  const previewed = chosen[0];
  const ops =
    previewed && measure ? layoutBadge(content(previewed), template, width, height, measure.measure) : [];
  const missing = useMemo(() => {
    if (!fonts) return [];
    return chosen.flatMap((a) => {
      const org = a.organisationId ? orgById.get(a.organisationId) : undefined;
      const text = [
        chineseDisplayName(a),
        cyrillicDisplayName(a),
        latinDisplayName(a),
        a.position,
        org?.name.zh ?? '',
        org?.name.ru ?? '',
      ].join('');
      const chars = missingCharacters(text, fonts);
      return chars.length ? [{ attendee: a, chars }] : [];
    });
  }, [chosen, fonts, orgById]);
  const reprint = mode === 'one' && previewed ? prints?.get(previewed.id) : undefined;
  const pages = Math.ceil(chosen.length / (geometry.columns * geometry.rows));

  const print = async () => {
    const fileName = `${t('badges.fileName')}-${new Date().toISOString().slice(0, 10)}.pdf`;
    const run = printBadges(services, conferenceId, chosen, content, template, fileName, (done, total) =>
      setJob((j) => (j ? { ...j, done, total } : j)),
    );
    setJob({ done: 0, total: chosen.length, cancel: run.cancel });
    setStatus('');
    try {
      const saved = await run.result;
      if (saved) setStatus(t('badges.printed', { n: formatNumber(chosen.length, language), name: saved }));
    } catch (error) {
      setStatus(
        error instanceof RenderStopped
          ? t('badges.cancelled')
          : t('badges.failed', { message: String(error) }),
      );
    } finally {
      setJob(null);
    }
  };

  return (
    <div className="badges">
      <h1>{t('badges.title')}</h1>
      <div className="desk-columns">
        <div className="desk-main">
          <TemplateSettings template={template} saving={templateSaving} onChange={setTemplate} />
          <FormErrors errors={templateErrors} shownFields={[]} />
          <section aria-labelledby="print-title" className="panel">
            <h2 id="print-title">{t('badges.print')}</h2>
            <fieldset className="choice-group">
              <legend>{t('badges.which')}</legend>
              {(['all', 'unprinted', 'category', 'one'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="badge-selection"
                    checked={mode === value}
                    onChange={() => setMode(value)}
                  />
                  {t(`badges.select_${value === 'one' ? 'person' : value}`)}
                </label>
              ))}
            </fieldset>
            {mode === 'category' ? (
              <SelectField
                label={t('badges.category')}
                value={category}
                onChange={setCategory}
                options={ATTENDEE_CATEGORIES.map((c) => ({ value: c, label: t(`attendeeCategories.${c}`) }))}
              />
            ) : null}
            {mode === 'one' ? (
              <TextField
                label={t('badges.person')}
                type="search"
                value={personQuery}
                onChange={setPersonQuery}
                hint={previewed ? primaryDisplayName(previewed) : t('badges.personHint')}
              />
            ) : null}
            <p role="status" className="preview-summary">
              {t('badges.summary', {
                n: formatNumber(chosen.length, language),
                pages: formatNumber(pages, language),
              })}
            </p>
            {reprint ? (
              <p className="form-errors" role="alert">
                {t('badges.reprintWarning', {
                  name: primaryDisplayName(previewed!),
                  count: reprint.count,
                  time: formatDateTime(reprint.lastPrintedAt, language),
                })}
              </p>
            ) : null}
            {missing.length ? (
              <div className="form-errors" role="alert">
                <p>{t('badges.missingGlyphs', { n: missing.length })}</p>
                <ul>
                  {missing.slice(0, 20).map(({ attendee, chars }) => (
                    <li key={attendee.id}>
                      {attendee.code} {primaryDisplayName(attendee)}: {chars.join(' ')}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={chosen.length === 0 || !!job || !measure}
                onClick={() => void print()}
              >
                {t('badges.makePdf', { n: formatNumber(chosen.length, language) })}
              </button>
              {job ? (
                <>
                  <progress value={job.done} max={job.total} aria-label={t('badges.progress')} />
                  <span>
                    {t('badges.progressText', {
                      done: formatNumber(job.done, language),
                      total: formatNumber(job.total, language),
                    })}
                  </span>
                  <button type="button" className="button" onClick={job.cancel}>
                    {t('common.cancel')}
                  </button>
                </>
              ) : null}
            </div>
            {status ? (
              <p role="status" className="status">
                {status}
              </p>
            ) : null}
          </section>
        </div>
        <div className="desk-side">
          <section aria-labelledby="badge-preview-title" className="panel">
            <h2 id="badge-preview-title">{t('badges.preview')}</h2>
            {previewed && measure ? (
              <BadgePreview ops={ops} width={width} height={height} label={primaryDisplayName(previewed)} />
            ) : (
              <p className="empty">{measure ? t('badges.nothingToPreview') : t('common.loading')}</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
