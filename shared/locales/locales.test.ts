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
const CONTEXT = /_(female|male)$/;
const CONTEXTS = ['female', 'male'];

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

/** A sentence said of a woman or a man (`key_female`, `key_male`) is a variant of the plain key. */
const withoutContext = (key: string) => key.replace(CONTEXT, '');
const isContextVariant = (key: string) => CONTEXT.test(key);

const strings = { en: flatten(en), ru: flatten(ru), 'zh-CN': flatten(zhCN) };
const languages = { en: byKey(strings.en), ru: byKey(strings.ru), 'zh-CN': byKey(strings['zh-CN']) };
const namespaces = Object.keys(en).join('|');
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();
const placeholdersOf = (forms: Map<string, string>) => placeholders([...forms.values()].join(' '));

type Table = Map<string, Map<string, string>>;

/** What is wrong with a language's plural forms: each counted string, and each string with a count, has them all. */
function pluralProblems(language: string, table: Table): string[] {
  const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
  const problems: string[] = [];
  for (const [key, forms] of table) {
    const plain = forms.get('');
    const base = table.get(withoutContext(key));
    const counted = !forms.has('') || (base !== undefined && !base.has(''));
    if (plain !== undefined && placeholders(plain).includes('count'))
      problems.push(`${key}: a count without plural forms`);
    if (!counted) continue;
    const have = [...forms.keys()].sort();
    if (have.join() !== categories.join())
      problems.push(`${key}: forms ${have.map((form) => form || 'plain').join(', ')}`);
    for (const [form, text] of forms)
      if (!placeholders(text).includes('count')) problems.push(`${key}_${form}: no {{count}}`);
  }
  return problems;
}

/** What is wrong with a language's keys beside the reference's: missing, extra, or a context without its base. */
function keyProblems(table: Table, reference: Table): string[] {
  const problems: string[] = [];
  for (const key of reference.keys())
    if (!isContextVariant(key) && !table.has(key)) problems.push(`${key}: missing`);
  for (const key of table.keys()) {
    if (!isContextVariant(key)) {
      if (!reference.has(key)) problems.push(`${key}: not in the reference`);
      continue;
    }
    const base = withoutContext(key);
    if (!reference.has(base)) problems.push(`${key}: no ${base} in the reference`);
    for (const context of CONTEXTS)
      if (!table.has(`${base}_${context}`)) problems.push(`${key}: no ${base}_${context} beside it`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('UI strings', () => {
  it('exist in every language, with the same keys and no empty text', () => {
    for (const [language, table] of Object.entries(languages)) {
      expect(keyProblems(table, languages.en), language).toEqual([]);
      for (const [key, text] of strings[language as keyof typeof strings])
        expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('allow a woman’s and a man’s sentence beside a key of the reference, in pairs', () => {
    const reference = byKey(
      new Map([
        ['done', 'Checked in.'],
        ['left_one', '{{count}}'],
        ['left_other', '{{count}}'],
      ]),
    );
    const table = (keys: string[]) => byKey(new Map(keys.map((k) => [k, '{{count}}'])));
    expect(
      keyProblems(table(['done', 'done_female', 'done_male', 'left_one', 'left_other']), reference),
    ).toEqual([]);
    expect(keyProblems(table(['done', 'done_female', 'left_one', 'left_other']), reference)).toEqual([
      'done_female: no done_male beside it',
    ]);
    expect(
      keyProblems(table(['done', 'gone_female', 'gone_male', 'left_one', 'left_other']), reference),
    ).toEqual(['gone_female: no gone in the reference', 'gone_male: no gone in the reference']);
    expect(keyProblems(table(['left_one', 'left_other']), reference)).toEqual(['done: missing']);
  });

  it('give a counted string exactly the plural forms of each language, with the count in each', () => {
    for (const [language, table] of Object.entries(languages))
      expect(pluralProblems(language, table), language).toEqual([]);
  });

  it('find a counted string missing a plural form, also in a woman’s or a man’s sentence', () => {
    const table = (entries: [string, string][]) => byKey(new Map(entries));
    const ruForms = (key: string) =>
      ['one', 'few', 'many', 'other'].map((f): [string, string] => [`${key}_${f}`, `{{count}} ${f}`]);
    expect(
      pluralProblems('ru', table([...ruForms('left'), ...ruForms('left_female'), ...ruForms('left_male')])),
    ).toEqual([]);
    expect(pluralProblems('ru', table([...ruForms('left').slice(1)]))).toEqual([
      'left: forms few, many, other',
    ]);
    expect(pluralProblems('ru', table([...ruForms('left'), ['left_female', 'вышла {{count}}']]))).toEqual([
      'left_female: a count without plural forms',
      'left_female: forms plain',
    ]);
    expect(pluralProblems('ru', table([...ruForms('left'), ...ruForms('left_female').slice(0, 3)]))).toEqual([
      'left_female: forms few, many, one',
    ]);
    expect(pluralProblems('en', table([['printed', 'printed {{count}} times']]))).toEqual([
      'printed: a count without plural forms',
    ]);
    expect(
      pluralProblems(
        'en',
        table([
          ['printed_one', 'once'],
          ['printed_other', '{{count}} times'],
        ]),
      ),
    ).toEqual(['printed_one: no {{count}}']);
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
      '1\u00a0000 голосов.',
    ]);
    expect(translatorFor('en')('checkin.ready', { count: 1 })).toMatch(/1 person /);
    expect(translatorFor('zh-CN')('checkin.ready', { count: 20000 })).toContain('20,000 人');
  });

  it('use the same placeholders in every language', () => {
    for (const [key, forms] of languages.en) {
      expect(placeholdersOf(languages.ru.get(key)!), `ru ${key}`).toEqual(placeholdersOf(forms));
      expect(placeholdersOf(languages['zh-CN'].get(key)!), `zh-CN ${key}`).toEqual(placeholdersOf(forms));
    }
    for (const [language, table] of Object.entries(languages))
      for (const [key, forms] of table)
        if (isContextVariant(key))
          expect(placeholdersOf(forms), `${language} ${key}`).toEqual(
            placeholdersOf(languages.en.get(withoutContext(key))!),
          );
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
