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

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A language's strings by key, the plural forms of a key gathered under the key itself. */
function byKey(strings: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of strings) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = form ? key.slice(0, -form.length - 1) : key;
    out.set(base, (out.get(base) ?? new Map()).set(form, text));
  }
  return out;
}

const strings = { en: flatten(en), ru: flatten(ru), 'zh-CN': flatten(zhCN) };
const languages = { en: byKey(strings.en), ru: byKey(strings.ru), 'zh-CN': byKey(strings['zh-CN']) };
const namespaces = Object.keys(en).join('|');
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();
const placeholdersOf = (forms: Map<string, string>) => placeholders([...forms.values()].join(' '));

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
    for (const [language, table] of Object.entries(languages)) {
      expect([...table.keys()].sort(), language).toEqual(keys);
      for (const [key, text] of strings[language as keyof typeof strings])
        expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('give a counted string exactly the plural forms of each language, with the count in each', () => {
    for (const [language, table] of Object.entries(languages)) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, forms] of table) {
        if (forms.has('')) continue;
        expect([...forms.keys()].sort(), `${language} ${key}`).toEqual([...categories].sort());
        for (const text of forms.values())
          expect(placeholders(text), `${language} ${key}`).toContain('count');
      }
    }
  });

  it('say a count as each language does', async () => {
    const { translatorFor } = await import('./index');
    const ru = translatorFor('ru');
    const said = [1, 2, 5, 21, 1000].map((count) =>
      ru('elections.explainRequired', { rule: '', base: '', count }),
    );
    expect(said.map((s) => s.split(': ')[1])).toEqual([
      '1 голос.',
      '2 голоса.',
      '5 голосов.',
      '21 голос.',
      '1000 голосов.',
    ]);
    expect(translatorFor('en')('checkin.ready', { count: 1 })).toMatch(/1 person /);
    expect(translatorFor('zh-CN')('checkin.ready', { count: 20000 })).toContain('20,000 人');
  });

  it('use the same placeholders in every language', () => {
    for (const [key, forms] of languages.en) {
      expect(placeholdersOf(languages.ru.get(key)!), `ru ${key}`).toEqual(placeholdersOf(forms));
      expect(placeholdersOf(languages['zh-CN'].get(key)!), `zh-CN ${key}`).toEqual(placeholdersOf(forms));
    }
  });

  it('cover every key the code asks for', () => {
    const root = path.resolve(__dirname, '../..');
    const files = ['renderer', 'shared', 'cli', 'electron'].flatMap((dir) =>
      sourceFiles(path.join(root, dir)),
    );
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
    const schemas = await import('../core/domain/validation');
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
    const entities = await import('../core/domain/entities');
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
    const { FILE_PROBLEMS } = await import('../codecs/import/sheet');
    for (const problem of FILE_PROBLEMS)
      expect(languages.en.has(`import.problem_${problem}`), problem).toBe(true);
    const { ATTENDEE_IMPORT_FIELDS, ORGANISATION_IMPORT_FIELDS } = await import('../codecs/import/headers');
    for (const field of [...ATTENDEE_IMPORT_FIELDS, ...ORGANISATION_IMPORT_FIELDS])
      expect(languages.en.has(`importFields.${field}`), field).toBe(true);
    for (const gender of entities.GENDERS)
      if (gender) expect(languages.en.has(`genders.${gender}`), gender).toBe(true);
    const { RULE_PRESETS } = await import('../rules/counting/presets');
    for (const preset of Object.keys(RULE_PRESETS))
      expect(languages.en.has(`votePresets.${preset}`), preset).toBe(true);
    const { BADGE_PRESET_IDS } = await import('../documents/render/badgeTemplates');
    for (const preset of BADGE_PRESET_IDS)
      expect(languages.en.has(`badgePresets.${preset}`), preset).toBe(true);
    for (const status of entities.VOTE_STATUSES)
      expect(languages.en.has(`votes.status_${status}`), status).toBe(true);
    const { VOTE_PROBLEMS } = await import('../rules/counting/tally');
    for (const problem of VOTE_PROBLEMS)
      expect(languages.en.has(`votes.problem_${problem}`), problem).toBe(true);
    const elections = await import('../rules/elections/electionTypes');
    const { ELECTION_PROBLEMS } = await import('../rules/elections/tallyElection');
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
