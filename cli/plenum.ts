#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InspectReport } from './inspectList';
import { translator, type CliLanguage } from './translate';
import { isLanguage } from '../shared/locales/languages';
import {
  BADGE_PRESET_IDS,
  BADGE_PRESETS,
  DEFAULT_TEMPLATE,
  type BadgePreset,
} from '../shared/documents/render/badgeTemplates';
import { FileReadError } from '../shared/codecs/import/sheet';

const INSPECT_OPTIONS =
  '[--target attendees|organisations] [--sheet NAME] [--members MEMBERS.xlsx] [--json] [--lang en|ru|zh-CN]';
const USAGE = `Usage:
  plenum inspect FILE ${INSPECT_OPTIONS}
  plenum tally VOTE.json|ELECTION.json [--lang en|ru|zh-CN]
  plenum verify ARCHIVE.zip [--json] [--lang en|ru|zh-CN]
  plenum merge BASE.zip OTHER.zip --out MERGED.zip [--json] [--lang en|ru|zh-CN]
  plenum host --data DIR [--port 6984] [--bind ADDRESS] [--lang en|ru|zh-CN]
  plenum badges FILE --out BADGES.pdf [--template ${BADGE_PRESET_IDS.join('|')}] [--event "name zh|name ru"]

inspect reads a registration list (.xlsx, .xlsm, .csv, .tsv) the way Plenum's import screen does and
prints the sheet, the header row, the column mapping and every problem by row and column.
tally computes a vote or an election round described in JSON (docs/tally-format.md): for a vote the
outcome, counts, quorum, majority and explanation; for an election the votes per candidate, who is
elected, ties and unfilled seats with the reasons; and the problems that block sealing, as JSON.
badges draws the badges of a list file, or of a JSON array [{nameZh, nameRu, orgZh, orgRu, roleZh,
roleRu, qr}], into one PDF (four 90 × 130 mm per A4 unless --template says otherwise).
verify reads an event archive exactly as the restore screen does and prints the event, its log and
each sealed result with its fingerprint and whether it verifies. merge merges another laptop's archive
into the base as the Archive screen does and lists the conflicts, written into MERGED undecided.
host runs the venue host (docs/venue-network.md): the laptops of the event replicate with it over
HTTPS; it prints its addresses, its certificate's fingerprint and the first laptop's pairing code.
Exit status: 0 done, 1 problems that block rows (merge: conflicts for the tellers), 2 the file cannot
be read or is refused, 64 wrong usage.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Uint8Array;
}

/** The file's bytes, or null after saying why it cannot be read. */
function readInput(io: Io, file: string): Uint8Array | null {
  try {
    return io.readFile(file);
  } catch (error) {
    io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function humanReport(report: InspectReport, t: ReturnType<typeof translator>): string {
  const headerNote = report.headerRecognised ? '' : ' (no known header found; first filled row taken)';
  const notRecords = report.skipped.length
    ? `, not records: ${report.skipped.map((s) => `${s.sheetRow} (${s.reason})`).join(', ')}`
    : '';
  const lines = [
    `${report.file}: ${report.kind}${report.encoding ? ` (${report.encoding})` : ''}`,
    `sheets: ${report.sheets.map((s) => `${s.name}${s.hidden ? ' [hidden]' : ''} (${s.rows})`).join(', ')}`,
    `sheet: ${report.sheet}, header row ${report.headerRow}${headerNote}`,
    'columns:',
    ...report.mapping.map((m) => {
      const field = m.field ? t(`importFields.${m.field}`) : t('import.ignoreColumn');
      return `  ${m.column.padEnd(3)} ${m.header || '—'} → ${field}`;
    }),
    `rows: ${report.rows}, importable as they are: ${report.importable}${notRecords}`,
  ];
  if (report.problems.length) {
    lines.push(`problems (${report.problems.length}):`);
    for (const p of report.problems) {
      const where = `${t('import.rowNumber', { row: p.sheetRow })}${p.column ? `, ${p.column}` : ''}`;
      lines.push(`  ${where} [${p.severity}]: ${t(p.message, p.params)}`);
    }
  } else lines.push('problems: none');
  const unknownOrgs = report.unknownOrganisations;
  if (unknownOrgs.length)
    lines.push(`organisations not in the member list (${unknownOrgs.length}): ${unknownOrgs.join(', ')}`);
  return lines.join('\n');
}

async function badgesCommand(
  args: string[],
  io: Io & { writeFile: (file: string, bytes: Uint8Array) => void },
): Promise<number> {
  const [, file] = args;
  const out = option(args, '--out');
  const preset = (option(args, '--template') ?? 'a4Four90x130') as BadgePreset;
  if (!file || !out || !BADGE_PRESET_IDS.includes(preset)) {
    io.err(USAGE);
    return 64;
  }
  const [
    zh = '中俄职业教育联盟成立大会',
    ruName = 'Учредительное собрание Российско-китайского альянса профессионального образования',
  ] = (option(args, '--event') ?? '').split('|').filter(Boolean);
  const eventName = { zh, ru: ruName, en: '' };
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const started = performance.now();
  // Each command loads only what it needs: starting up quickly is part of a short run's time.
  const [{ badgesFromJson, badgesFromList }, { renderBadgesPdf }, { nodeFontBytes }] = await Promise.all([
    import('./badgeSources'),
    import('../shared/documents/render/badgePdf'),
    import('./nodeFonts'),
  ]);
  let badges;
  try {
    badges = /\.json$/i.test(file)
      ? badgesFromJson(JSON.parse(new TextDecoder().decode(bytes)), eventName)
      : await badgesFromList(bytes, path.basename(file), eventName);
  } catch (error) {
    const reason =
      error instanceof FileReadError
        ? translator('en')(`import.problem_${error.problem}`)
        : error instanceof Error
          ? error.message
          : String(error);
    io.err(`${file}: ${reason}`);
    return 2;
  }
  const pdf = await renderBadgesPdf(badges, { ...DEFAULT_TEMPLATE, preset }, nodeFontBytes());
  io.writeFile(out, pdf);
  const geometry = BADGE_PRESETS[preset];
  io.out(
    JSON.stringify({
      badges: badges.length,
      pages: Math.ceil(badges.length / (geometry.columns * geometry.rows)),
      bytes: pdf.length,
      ms: Math.round(performance.now() - started),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  return 0;
}

async function tallyCommand(args: string[], io: Io): Promise<number> {
  const [, file] = args;
  const language = (option(args, '--lang') ?? 'en') as CliLanguage;
  if (!file || !isLanguage(language)) {
    io.err(USAGE);
    return 64;
  }
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    io.err(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  const t = translator(language);
  if (json && typeof json === 'object' && 'posts' in json)
    return (await import('./tallyElectionCommand')).tallyElectionJson(json, file, language, io);
  const [{ voteInputSchema }, { tallyVote }, { explainVote }] = await Promise.all([
    import('../shared/rules/counting/voteInputSchema'),
    import('../shared/rules/counting/tally'),
    import('../shared/rules/counting/explain'),
  ]);
  const parsed = voteInputSchema.safeParse(json);
  if (!parsed.success) {
    io.err(
      parsed.error.issues
        .map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`)
        .join('\n'),
    );
    return 2;
  }
  const result = tallyVote(parsed.data);
  io.out(
    JSON.stringify(
      {
        ...result,
        problems: result.problems.map((p) => ({ ...p, message: t(`votes.problem_${p.code}`, p.params) })),
        explanation: explainVote(result, parsed.data.rule.base, t),
      },
      null,
      2,
    ),
  );
  return result.outcome === 'inconsistent' ? 1 : 0;
}

async function archiveCommand(
  args: string[],
  io: Io & { writeFile?: (file: string, bytes: Uint8Array) => void; now?: () => number },
): Promise<number> {
  const [command, first, second] = args;
  const language = (option(args, '--lang') ?? 'en') as CliLanguage;
  const out = option(args, '--out');
  const json = args.includes('--json');
  const merging = command === 'merge';
  const missing =
    !first || first.startsWith('--') || (merging && (!second || second.startsWith('--') || !out));
  if (missing || !isLanguage(language)) {
    io.err(USAGE);
    return 64;
  }
  const { verifyArchive, mergeArchives } = await import('./archiveCommands');
  const archiveIo = {
    ...io,
    writeFile: io.writeFile ?? (() => undefined),
    now: io.now ?? (() => Date.now()),
  };
  const t = translator(language);
  if (!merging) return verifyArchive(first, json, language, t, archiveIo);
  return mergeArchives({ base: first, other: second!, out: out!, json, language }, t, archiveIo);
}

async function hostCommand(args: string[], io: Io): Promise<number> {
  const language = (option(args, '--lang') ?? 'en') as CliLanguage;
  const { hostArgs, runHost } = await import('./host/hostCommand');
  const parsed = hostArgs(args);
  if ('wrong' in parsed || !isLanguage(language)) {
    io.err(USAGE);
    return 64;
  }
  return runHost(parsed, translator(language), io.out);
}

export async function runCli(
  args: string[],
  io: Io & { writeFile?: (file: string, bytes: Uint8Array) => void; now?: () => number },
): Promise<number> {
  const [command, file] = args;
  if (command === 'badges')
    return badgesCommand(args, { ...io, writeFile: io.writeFile ?? (() => undefined) });
  if (command === 'tally') return tallyCommand(args, io);
  if (command === 'verify' || command === 'merge') return archiveCommand(args, io);
  if (command === 'host') return hostCommand(args, io);
  if (command !== 'inspect' || !file || file.startsWith('--')) {
    io.err(USAGE);
    return 64;
  }
  const target = (option(args, '--target') ?? 'attendees') as 'attendees' | 'organisations';
  const language = (option(args, '--lang') ?? 'en') as CliLanguage;
  if (!['attendees', 'organisations'].includes(target) || !isLanguage(language)) {
    io.err(USAGE);
    return 64;
  }
  const t = translator(language);
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const membersFile = option(args, '--members');
  const sheetName = option(args, '--sheet');
  const { inspectList } = await import('./inspectList');
  const result = await inspectList(bytes, path.basename(file), {
    target,
    ...(sheetName ? { sheetName } : {}),
    ...(membersFile
      ? { members: { bytes: io.readFile(membersFile), name: path.basename(membersFile) } }
      : {}),
  });
  const json = args.includes('--json');
  if (!result.ok) {
    const message =
      result.problem === 'noSuchSheet' ? `no sheet ${result.detail}` : t(`import.problem_${result.problem}`);
    if (json) io.out(JSON.stringify({ ok: false, file, problem: result.problem, message }, null, 2));
    else io.err(`${file}: ${message}`);
    return 2;
  }
  io.out(json ? JSON.stringify({ ok: true, ...result.report }, null, 2) : humanReport(result.report, t));
  return result.report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

// Run as a command (tsx cli/plenum.ts, or a bundle named plenum.mjs), not when imported by tests.
const invokedDirectly = /plenum\.(ts|mjs|js)$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  runCli(process.argv.slice(2), {
    out: (s) => console.log(s),
    err: (s) => console.error(s),
    readFile: (f) => new Uint8Array(readFileSync(f)),
    writeFile: (f, b) => writeFileSync(f, b),
  }).then(
    (code) => process.exit(code),
    // Whatever went wrong is said in one line, never as a stack trace.
    (error: unknown) => {
      console.error(`plenum: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
