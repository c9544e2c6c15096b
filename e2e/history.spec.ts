import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../shared/locales/en';
import { ru } from '../shared/locales/ru';
import { zhCN } from '../shared/locales/zh-CN';
import { planDemoConference } from '../shared/demo/demoConference';
import type { AttendeeFields, OrganisationFields } from '../shared/core/domain/entities';
import { personName } from '../shared/core/names/namePolicy';
import { checkInFirst, chooseLanguage, expectNoRawKeys, loadDemo } from './helpers';
import { fill, pattern } from './localeText';
import { runCharterVote } from './assembly';

// The steps are taken with the English screens the other tests use; the history is then read in
// Chinese and in Russian, which is what this test is about.

/** A UI string with its placeholders filled, as i18next does. */
const languages = [
  { name: '中文', strings: zhCN, organisation: 'zh', language: 'zh-CN' },
  { name: 'Русский', strings: ru, organisation: 'ru', language: 'ru' },
] as const;

/** The demo's first attendee and the name of their organisation, as the demo generates them. */
function firstAttendee() {
  const { events } = planDemoConference();
  const fields = (kind: string, id?: string) =>
    events.find((e) => e.payload.kind === kind && e.payload.op === 'created' && (!id || e.entityId === id));
  const person = fields('attendee')!;
  const attendee = (person.payload as { fields: AttendeeFields }).fields;
  const organisation = fields('organisation', attendee.organisationId!)!;
  return {
    name: personName(attendee, 'en'),
    /** As a screen in that language names them: the register holds both his scripts. */
    nameIn: (language: 'zh-CN' | 'ru') => personName(attendee, language),
    /** What finds them at the desk and in the list. */
    search: attendee.familyNameCyr || attendee.code,
    organisation: (organisation.payload as { fields: OrganisationFields }).fields.name,
  };
}

/** What a history must never show: a machine time, a record's id, a code of the program. */
async function expectOnlyWords(page: Page, history: Locator) {
  const text = await history.innerText();
  expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
  // A seal's whole fingerprint (64 hex digits, as the result screens show it) is no id.
  expect(text.replace(/\b[0-9a-f]{64}\b/g, '')).not.toMatch(/[0-9A-HJKMNP-TV-Z]{20,}/);
  expect(text).not.toMatch(/\b(male|female|delegate|present|a4Four90x130|fraction)\b/);
  await expectNoRawKeys(page);
}

for (const { name, strings, organisation, language } of languages) {
  const h = strings.history;

  test(`an attendee’s history in ${name}: registered, checked in, a field changed`, async ({ page }) => {
    const person = firstAttendee();
    const desk = name === '中文' ? '1号台' : 'Стойка 1';
    await loadDemo(page);
    await page.getByRole('link', { name: 'Check-in' }).click();
    await page.getByLabel('Desk name').fill(desk);
    const search = page.getByRole('combobox', { name: 'Find a person' });
    await search.fill(person.search);
    await expect(
      page.getByRole('listbox', { name: 'People found' }).getByRole('option').first(),
    ).toContainText(person.name);
    await search.press('Enter');
    await expect(page.getByRole('status', { name: 'Desk result' })).toHaveText(
      `✓ ${person.name} checked in.`,
    );

    await page.getByRole('link', { name: 'Attendees' }).click();
    await page.getByLabel('Search attendees').fill(person.search);
    await page.getByRole('button', { name: person.name, exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Attendee: ${person.name}` });
    await edit.getByLabel('Position').fill('第一副校长');
    await edit.getByLabel('Phone').fill('+7 914 000-00-01');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();

    await chooseLanguage(page, name);
    const shownName = person.nameIn(language);
    await page.getByLabel(strings.attendees.search).fill(person.search);
    await page.getByRole('button', { name: shownName, exact: true }).click();
    await page
      .getByRole('dialog', { name: fill(strings.attendees.editTitle, { name: shownName }) })
      .getByRole('button', { name: fill(h.openFor, { name: shownName }) })
      .click();
    const history = page.getByRole('dialog', { name: fill(h.title, { name: shownName }) });
    await expect(history.getByRole('listitem')).toHaveCount(3);
    await expect(history.getByRole('listitem').nth(0)).toContainText(h.registered);
    await expect(history).toContainText(person.organisation[organisation]);
    await expect(history).toContainText(strings.attendeeCategories.delegate);
    await expect(history.getByRole('listitem').nth(1)).toContainText(pattern(h.checkedIn, { desk }));
    await expect(history.getByRole('listitem').nth(1)).toContainText(strings.checkin.method_search);
    const changed = history.getByRole('listitem').nth(2);
    const fields = [strings.fieldNames.position, strings.fieldNames.phone].join(h.listSeparator);
    await expect(changed).toContainText(fill(h.changed, { fields }));
    await expect(changed).toContainText('第一副校长');
    await expect(changed).toContainText('+7 914 000-00-01');
    await expect(changed).toContainText(fill(h.byActor, { actor: desk }));
    await expectOnlyWords(page, history);
  });

  test(`a vote’s history in ${name}: opened, counted, closed and sealed`, async ({ page }) => {
    test.setTimeout(180_000);
    await loadDemo(page);
    await checkInFirst(page, 216);
    await runCharterVote(page, 135, 121);

    await chooseLanguage(page, name);
    await page.getByRole('button', { name: pattern(h.openFor) }).click();
    const history = page.getByRole('dialog', { name: pattern(h.title) });
    const v = strings.votes;
    const figures = fill(v.figuresValue, { yes: 121, no: 13, abstain: 1, invalid: 0 });
    await expect(history).toContainText(h.draftCreated);
    await expect(history).toContainText(fill(h.voteOpened, { present: 135, entitled: 153 }));
    await expect(history).toContainText(fill(h.countsRecorded, { figures }));
    await expect(history).toContainText(fill(h.voteClosed, { present: 135, entitled: 153 }));
    const sealed = history.getByRole('listitem').last();
    await expect(sealed).toContainText(
      pattern(h.sealed, {
        tellers: ['李娜', '王伟'].join(h.listSeparator),
        outcome: fill(h.outcome, { outcome: v.outcome_adopted, figures }),
      }),
    );
    // The sentence gives the fingerprint's first digits; the line below it, the whole.
    await expect(sealed).toContainText(/[0-9a-f]{8}…/);
    await expect(sealed).toContainText(v.fingerprint);
    await expect(sealed).toContainText(/\b[0-9a-f]{64}\b/);
    await expectOnlyWords(page, history);
  });

  test(`the setup’s history in ${name}: the quorum and the badge stock changed`, async ({ page }) => {
    await loadDemo(page);
    await page.getByRole('link', { name: 'Setup' }).click();
    await page
      .getByRole('combobox', { name: 'Rule', exact: true })
      .selectOption({ label: en.quorumPresets.gtHalf });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Badges' }).click();
    await page.getByRole('combobox', { name: 'Stock' }).selectOption({ label: 'A6 card (105 × 148 mm)' });
    await expect(page.getByText('The template is saved with the event.')).toBeVisible();

    await chooseLanguage(page, name);
    await page.getByRole('link', { name: strings.nav.setup }).click();
    await page.getByRole('button', { name: fill(h.openFor, { name: strings.setup.title }) }).click();
    const history = page.getByRole('dialog', { name: fill(h.title, { name: strings.setup.title }) });
    await expect(history.getByRole('listitem').first()).toContainText(h.eventCreated);
    const quorum = history.getByRole('listitem').filter({
      hasText: fill(h.changed, { fields: strings.fieldNames.quorum }),
    });
    await expect(quorum).toContainText(strings.quorumPresets.gtHalf);
    // The last save of the template: the badges screen saves it as it changes.
    const template = history
      .getByRole('listitem')
      .filter({ hasText: fill(h.changed, { fields: strings.fieldNames.badgeTemplate }) })
      .last();
    await expect(template).toContainText(strings.badges.stock);
    await expect(template).toContainText(strings.badgePresets.a6);
    await expectOnlyWords(page, history);
  });
}
