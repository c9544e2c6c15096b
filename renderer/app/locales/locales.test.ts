import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from './en';
import { ru } from './ru';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const languages = { en: flatten(en), ru: flatten(ru), 'zh-CN': flatten(zhCN) };
const namespaces = Object.keys(en).join('|');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('UI strings', () => {
  it('exist in every language, with the same keys and no empty text', () => {
    const keys = [...languages.en.keys()].sort();
    for (const [language, strings] of Object.entries(languages)) {
      expect([...strings.keys()].sort(), language).toEqual(keys);
      for (const [key, text] of strings) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, text] of languages.en) {
      expect(placeholders(languages.ru.get(key)!), `ru ${key}`).toEqual(placeholders(text));
      expect(placeholders(languages['zh-CN'].get(key)!), `zh-CN ${key}`).toEqual(placeholders(text));
    }
  });

  it('cover every key the code asks for', () => {
    const root = path.resolve(__dirname, '../..');
    const files = [...sourceFiles(root), ...sourceFiles(path.resolve(root, '../shared'))];
    const missing: string[] = [];
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Any literal 'namespace.key' of a UI namespace, and template keys such as `ns.prefix_${x}` checked by prefix.
      for (const match of text.matchAll(new RegExp(`'((?:${namespaces})\\.[a-zA-Z_]+)'`, 'g'))) {
        found++;
        if (!languages.en.has(match[1]!)) missing.push(`${path.relative(root, file)}: ${match[1]}`);
      }
      for (const match of text.matchAll(new RegExp(`\`((?:${namespaces})\\.[a-zA-Z_]*)\\$\\{`, 'g'))) {
        if (![...languages.en.keys()].some((k) => k.startsWith(match[1]!)))
          missing.push(`${path.relative(root, file)}: ${match[1]}*`);
      }
    }
    expect(missing).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it('name every field that a record history can show', async () => {
    const schemas = await import('../../../shared/domain/validation');
    const all = [
      schemas.conferenceFieldsSchema,
      schemas.organiserFieldsSchema,
      schemas.agendaItemFieldsSchema,
      schemas.organisationFieldsSchema,
      schemas.attendeeFieldsSchema,
    ];
    for (const schema of all)
      for (const field of Object.keys(schema.shape))
        expect(languages.en.has(`fieldNames.${field}`), field).toBe(true);
  });

  it('name every enumerated value the screens show', async () => {
    const entities = await import('../../../shared/domain/entities');
    const groups: [string, readonly string[]][] = [
      ['organiserRoles', entities.ORGANISER_ROLES],
      ['agendaTypes', entities.AGENDA_ITEM_TYPES],
      ['organisationCategories', entities.ORGANISATION_CATEGORIES],
      ['organisationStatuses', entities.ORGANISATION_STATUSES],
      ['attendeeCategories', entities.ATTENDEE_CATEGORIES],
    ];
    for (const [namespace, values] of groups)
      for (const value of values)
        expect(languages.en.has(`${namespace}.${value}`), `${namespace}.${value}`).toBe(true);
    const { FILE_PROBLEMS } = await import('../../../shared/import/sheet');
    for (const problem of FILE_PROBLEMS)
      expect(languages.en.has(`import.problem_${problem}`), problem).toBe(true);
    const { ATTENDEE_IMPORT_FIELDS, ORGANISATION_IMPORT_FIELDS } =
      await import('../../../shared/import/headers');
    for (const field of [...ATTENDEE_IMPORT_FIELDS, ...ORGANISATION_IMPORT_FIELDS])
      expect(languages.en.has(`importFields.${field}`), field).toBe(true);
    for (const gender of entities.GENDERS)
      if (gender) expect(languages.en.has(`genders.${gender}`), gender).toBe(true);
    const { RULE_PRESETS } = await import('../../../shared/rules/presets');
    for (const preset of Object.keys(RULE_PRESETS))
      expect(languages.en.has(`votePresets.${preset}`), preset).toBe(true);
    const { BADGE_PRESET_IDS } = await import('../../../shared/documents/badgeTemplates');
    for (const preset of BADGE_PRESET_IDS)
      expect(languages.en.has(`badgePresets.${preset}`), preset).toBe(true);
    for (const status of entities.VOTE_STATUSES)
      expect(languages.en.has(`votes.status_${status}`), status).toBe(true);
    const elections = await import('../../../shared/elections/electionTypes');
    const { ELECTION_PROBLEMS } = await import('../../../shared/elections/tallyElection');
    const electionGroups: [string, readonly string[]][] = [
      ['method_', elections.BALLOT_METHODS],
      ['base_', elections.ELECTION_BASES],
      ['baseOf_', elections.ELECTION_BASES],
      ['tie_', elections.TIE_RULES],
      ['explainTie_', ['pending', ...elections.TIE_RULES]],
      ['problem_', ELECTION_PROBLEMS],
      ['verdict_', ['overMarked', 'underMarked', 'spoilt']],
      ['status_', ['elected', 'electedByLots', 'tied', 'notElected']],
      ['outcome_', ['decided', 'notQuorate', 'inconsistent']],
    ];
    for (const [prefix, values] of electionGroups)
      for (const value of values)
        expect(languages.en.has(`elections.${prefix}${value}`), `${prefix}${value}`).toBe(true);
  });
});
