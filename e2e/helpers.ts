import { expect, type Page } from '@playwright/test';
import { en } from '../shared/locales/en';
import { planDemoConference } from '../shared/demo/demoConference';
import type { AttendeeFields, OrganisationFields } from '../shared/core/domain/entities';
import { badgePayload } from '../shared/rules/checkin/badgePayload';
import { chineseDisplayName } from '../shared/core/names/latinName';
import { personName } from '../shared/core/names/namePolicy';
import { BLANK_ATTENDEE as BLANK_NAME } from '../shared/core/domain/blanks';

const NAMESPACES = Object.keys(en).join('|');
/** A translation key shown as text means a string is missing in that language. */
const RAW_KEY = new RegExp(`\\b(${NAMESPACES})\\.[A-Za-z_]+`);

export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(RAW_KEY);
  for (const dialog of await page.getByRole('dialog').all())
    expect(await dialog.innerText()).not.toMatch(RAW_KEY);
}

export async function chooseLanguage(
  page: Page,
  languageName: '中文' | 'Русский' | 'English',
): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('combobox', { name: /Language|Язык|语言/ })
    .selectOption({ label: languageName });
}

export async function loadDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load demo event' }).click();
  await expect(page.getByRole('heading', { name: 'Member organisations' })).toBeVisible();
}

/** A badge scan as a scanner types it: the badge's QR payload in a burst, 2 ms a key, then Enter. */
export async function scanBadge(page: Page, code: string): Promise<void> {
  await page.keyboard.type(`${badgePayload(code)}\n`, { delay: 2 });
}

/** Checks in the first n attendees by badge scan at the desk. */
export async function checkInFirst(page: Page, n: number): Promise<void> {
  await page.getByRole('link', { name: 'Check-in' }).click();
  await page.getByText(/^Ready: /).waitFor();
  for (let i = 1; i <= n; i++) await scanBadge(page, `A${String(i).padStart(5, '0')}`);
  await expect(
    page.locator('.figures > div').filter({ hasText: 'Attendees present' }).locator('dd'),
  ).toHaveText(new RegExp(`^${n} of`), { timeout: 30_000 });
}

export interface DemoDelegate {
  orgCode: string;
  code: string;
  /** The name in Chinese documents, a transcription keeping its dot. */
  nameZh: string;
  /** The name the English screens show first: their own script. */
  name: string;
}

/**
 * The demo event's voting delegates, by organisation code: the demo is generated deterministically,
 * codes and names included.
 */
export function demoDelegates(): DemoDelegate[] {
  const { events } = planDemoConference();
  const orgs = new Map<string, string>();
  const people = new Map<string, AttendeeFields>();
  const delegates: DemoDelegate[] = [];
  for (const event of events) {
    const p = event.payload;
    if (p.kind === 'organisation' && p.op === 'created')
      orgs.set(event.entityId, (p.fields as OrganisationFields).code);
    if (p.kind === 'attendee' && p.op === 'created') people.set(event.entityId, p.fields as AttendeeFields);
    const delegateId =
      p.kind === 'organisation' && p.op === 'updated'
        ? (p.patch as Partial<OrganisationFields>).delegateId
        : null;
    if (delegateId) {
      const person = people.get(delegateId)!;
      delegates.push({
        orgCode: orgs.get(event.entityId)!,
        code: person.code,
        nameZh: chineseDisplayName({ ...BLANK_NAME, ...person }),
        name: personName({ ...BLANK_NAME, ...person }, 'en'),
      });
    }
  }
  return delegates.sort((a, b) => (a.orgCode < b.orgCode ? -1 : 1));
}
