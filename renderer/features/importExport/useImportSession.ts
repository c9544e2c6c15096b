import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { previewAttendeeImport, type AttendeePreview } from '../../../shared/codecs/import/attendeeImport';
import {
  previewOrganisationImport,
  type OrganisationPreview,
} from '../../../shared/codecs/import/organisationImport';
import {
  detectHeaderRow,
  headerSignature,
  suggestMapping,
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
} from '../../../shared/codecs/import/headers';
import type { ImportSettings } from '../../../shared/codecs/import/importRows';
import type { OrganisationAction } from '../../../shared/codecs/import/planImport';
import type { FileProblem, ParsedFile } from '../../../shared/codecs/import/sheet';
import { useStore } from '../../app/AppContext';
import { markTiming } from '../../app/timing';
import { useAllAttendees, useAllOrganisations } from '../../db/hooks';
import { commitImport, registerStamp, type ImportOutcome } from '../../db/importActions';
import { readInWorker, ReadCancelled, ReadFailed } from './readInWorker';

export type Preview =
  { target: 'attendees'; data: AttendeePreview } | { target: 'organisations'; data: OrganisationPreview };

const MAPPING_KEY = 'plenum.importMapping.';

interface Remembered {
  mapping: ColumnMapping;
  constants: Partial<Record<ImportField, string>>;
}

function remembered(signature: string): Remembered | null {
  try {
    const stored = localStorage.getItem(MAPPING_KEY + signature);
    return stored ? (JSON.parse(stored) as Remembered) : null;
  } catch {
    return null;
  }
}

export type SessionState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; problem: FileProblem }
  | { step: 'mapping'; fileName: string; file: ParsedFile }
  | { step: 'committing'; fileName: string; file: ParsedFile }
  | { step: 'done'; fileName: string; outcome: Extract<ImportOutcome, { ok: true }> };

/** One import, from the chosen file to the committed batch: the state the import screen shows. */
export function useImportSession(conferenceId: string, target: ImportTarget) {
  const store = useStore();
  const [state, setState] = useState<SessionState>({ step: 'idle' });
  const [sheetIndex, setSheetIndex] = useState(0);
  const [settings, setSettings] = useState<ImportSettings | null>(null);
  const [usedRememberedMapping, setUsedRememberedMapping] = useState(false);
  const [rowChoices, setRowChoices] = useState<Map<number, boolean>>(new Map());
  const [organisationActions, setOrganisationActions] = useState<Map<string, OrganisationAction>>(new Map());
  const [commitErrors, setCommitErrors] = useState<Extract<ImportOutcome, { ok: false }>['errors']>([]);
  const cancelRef = useRef<() => void>(() => {});
  const organisations = useAllOrganisations(conferenceId);
  const attendees = useAllAttendees(conferenceId, target === 'attendees');

  const file = state.step === 'mapping' || state.step === 'committing' ? state.file : null;
  const sheet = file?.sheets[sheetIndex] ?? null;

  const configureSheet = useCallback(
    (parsed: ParsedFile, index: number) => {
      const rows = parsed.sheets[index]?.rows ?? [];
      const header = detectHeaderRow(rows, target);
      const headers = rows[header.rowIndex] ?? [];
      const memory = remembered(headerSignature(headers, target));
      setSheetIndex(index);
      setUsedRememberedMapping(Boolean(memory));
      setSettings({
        headerRowIndex: header.rowIndex,
        mapping: memory?.mapping ?? suggestMapping(headers, target),
        constants: memory?.constants ?? {},
        overrides: {},
      });
      setRowChoices(new Map());
      setOrganisationActions(new Map());
      setCommitErrors([]);
    },
    [target],
  );

  const open = useCallback(
    async (bytes: Uint8Array, fileName: string) => {
      markTiming('import:file-chosen');
      setState({ step: 'reading', fileName });
      const reading = readInWorker(bytes, fileName);
      cancelRef.current = reading.cancel;
      try {
        const parsed = await reading.result;
        markTiming('import:file-read');
        const firstVisible = Math.max(
          parsed.sheets.findIndex((s) => !s.hidden),
          0,
        );
        configureSheet(parsed, firstVisible);
        setState({ step: 'mapping', fileName, file: parsed });
      } catch (error) {
        if (error instanceof ReadCancelled) setState({ step: 'idle' });
        else
          setState({
            step: 'failed',
            fileName,
            problem: error instanceof ReadFailed ? error.problem : 'fileDamaged',
          });
      }
    },
    [configureSheet],
  );

  const deferredSettings = useDeferredValue(settings);
  const preview = useMemo((): Preview | null => {
    if (!sheet || !deferredSettings || !organisations || !attendees) return null;
    if (target === 'organisations')
      return { target, data: previewOrganisationImport(sheet, deferredSettings, organisations) };
    return { target, data: previewAttendeeImport(sheet, deferredSettings, { organisations, attendees }) };
  }, [sheet, deferredSettings, organisations, attendees, target]);

  const included = useMemo(() => {
    const chosen = new Set<number>();
    for (const row of preview?.data.rows ?? []) {
      const choice = rowChoices.get(row.rowIndex);
      if (!row.blocked && (choice ?? row.includeByDefault)) chosen.add(row.rowIndex);
    }
    return chosen;
  }, [preview, rowChoices]);

  const commit = useCallback(async () => {
    if (state.step !== 'mapping' || !sheet || !settings) return;
    markTiming('import:commit-start');
    setState({ step: 'committing', fileName: state.fileName, file: state.file });
    const headers = sheet.rows[settings.headerRowIndex] ?? [];
    localStorage.setItem(
      MAPPING_KEY + headerSignature(headers, target),
      JSON.stringify({ mapping: settings.mapping, constants: settings.constants }),
    );
    const seen =
      preview && deferredSettings === settings && organisations && attendees
        ? { stamp: registerStamp(organisations, attendees), data: preview.data }
        : undefined;
    const outcome = await commitImport(store, {
      conferenceId,
      fileName: state.fileName,
      target,
      sheet,
      settings,
      included,
      organisationActions,
      ...(seen ? { preview: seen } : {}),
    });
    if (outcome.ok) setState({ step: 'done', fileName: state.fileName, outcome });
    else {
      setCommitErrors(outcome.errors);
      setState({ step: 'mapping', fileName: state.fileName, file: state.file });
    }
  }, [
    state,
    sheet,
    settings,
    deferredSettings,
    preview,
    organisations,
    attendees,
    target,
    store,
    conferenceId,
    included,
    organisationActions,
  ]);

  return {
    state,
    file,
    sheet,
    sheetIndex,
    settings,
    preview,
    included,
    usedRememberedMapping,
    rowChoices,
    organisationActions,
    commitErrors,
    open,
    cancel: () => cancelRef.current(),
    reset: () => setState({ step: 'idle' }),
    chooseSheet: (index: number) => file && configureSheet(file, index),
    setHeaderRow: (rowIndex: number) =>
      sheet &&
      setSettings(
        (s) =>
          s && {
            ...s,
            headerRowIndex: rowIndex,
            mapping: suggestMapping(sheet.rows[rowIndex] ?? [], target),
            overrides: {},
          },
      ),
    setMapping: (column: number, field: ImportField | null) =>
      setSettings(
        (s) =>
          s && {
            ...s,
            mapping: s.mapping.map((f, i) =>
              i === column ? field : f === field && field !== null ? null : f,
            ),
          },
      ),
    setConstant: (field: ImportField, value: string) =>
      setSettings((s) => s && { ...s, constants: { ...s.constants, [field]: value } }),
    setOverride: (rowIndex: number, column: number, value: string) =>
      setSettings((s) => s && { ...s, overrides: { ...s.overrides, [`${rowIndex}:${column}`]: value } }),
    chooseRow: (rowIndex: number, include: boolean) =>
      setRowChoices((m) => new Map(m).set(rowIndex, include)),
    chooseOrganisationAction: (key: string, action: OrganisationAction) =>
      setOrganisationActions((m) => new Map(m).set(key, action)),
    commit,
  };
}

export type ImportSession = ReturnType<typeof useImportSession>;
