#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectList, type InspectReport } from './inspectList';
import { translator, type CliLanguage } from './translate';

const USAGE = `Usage: plenum inspect FILE [--target attendees|organisations] [--sheet NAME] [--members MEMBERS.xlsx] [--json] [--lang en|ru|zh-CN]

Reads a registration list (.xlsx, .xlsm, .csv, .tsv) the way Plenum's import screen does and prints
the sheet, the header row, the column mapping and every problem by row and column. Nothing is written.
Exit status: 0 readable, 1 problems that block rows, 2 the file cannot be read, 64 wrong usage.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Uint8Array;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function humanReport(report: InspectReport, t: ReturnType<typeof translator>): string {
  const lines = [
    `${report.file}: ${report.kind}${report.encoding ? ` (${report.encoding})` : ''}`,
    `sheets: ${report.sheets.map((s) => `${s.name}${s.hidden ? ' [hidden]' : ''} (${s.rows})`).join(', ')}`,
    `sheet: ${report.sheet}, header row ${report.headerRow}${report.headerRecognised ? '' : ' (no known header found; first filled row taken)'}`,
    'columns:',
    ...report.mapping.map((m) => `  ${m.column.padEnd(3)} ${m.header || '—'} → ${m.field ? t(`importFields.${m.field}`) : t('import.ignoreColumn')}`),
    `rows: ${report.rows}, importable as they are: ${report.importable}${report.skipped.length ? `, not records: ${report.skipped.map((s) => `${s.sheetRow} (${s.reason})`).join(', ')}` : ''}`,
  ];
  if (report.problems.length) {
    lines.push(`problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${t('import.rowNumber', { row: p.sheetRow })}${p.column ? `, ${p.column}` : ''} [${p.severity}]: ${t(p.message, p.params)}`);
  } else lines.push('problems: none');
  if (report.unknownOrganisations.length) lines.push(`organisations not in the member list (${report.unknownOrganisations.length}): ${report.unknownOrganisations.join(', ')}`);
  return lines.join('\n');
}

export async function runCli(args: string[], io: Io): Promise<number> {
  const [command, file] = args;
  if (command !== 'inspect' || !file || file.startsWith('--')) {
    io.err(USAGE);
    return 64;
  }
  const target = (option(args, '--target') ?? 'attendees') as 'attendees' | 'organisations';
  const language = (option(args, '--lang') ?? 'en') as CliLanguage;
  if (!['attendees', 'organisations'].includes(target) || !['en', 'ru', 'zh-CN'].includes(language)) {
    io.err(USAGE);
    return 64;
  }
  const t = translator(language);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const membersFile = option(args, '--members');
  const sheetName = option(args, '--sheet');
  const result = await inspectList(bytes, path.basename(file), {
    target,
    ...(sheetName ? { sheetName } : {}),
    ...(membersFile ? { members: { bytes: io.readFile(membersFile), name: path.basename(membersFile) } } : {}),
  });
  const json = args.includes('--json');
  if (!result.ok) {
    const message = result.problem === 'noSuchSheet' ? `no sheet ${result.detail}` : t(`import.problem_${result.problem}`);
    if (json) io.out(JSON.stringify({ ok: false, file, problem: result.problem, message }, null, 2));
    else io.err(`${file}: ${message}`);
    return 2;
  }
  io.out(json ? JSON.stringify({ ok: true, ...result.report }, null, 2) : humanReport(result.report, t));
  return result.report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/, '') === path.resolve(import.meta.dirname ?? '', 'plenum');
if (invokedDirectly) {
  runCli(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s), readFile: (f) => new Uint8Array(readFileSync(f)) }).then((code) => process.exit(code));
}
