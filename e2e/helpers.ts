import { expect, type Page } from '@playwright/test';
import { en } from '../renderer/app/locales/en';

const NAMESPACES = Object.keys(en).join('|');
/** A translation key shown as text means a string is missing in that language. */
const RAW_KEY = new RegExp(`\\b(${NAMESPACES})\\.[A-Za-z_]+`);

export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(RAW_KEY);
  for (const dialog of await page.getByRole('dialog').all()) expect(await dialog.innerText()).not.toMatch(RAW_KEY);
}

export async function chooseLanguage(page: Page, languageName: '中文' | 'Русский' | 'English'): Promise<void> {
  await page.getByRole('combobox', { name: /Language|Язык|语言/ }).selectOption({ label: languageName });
}

export async function loadDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load demo event' }).click();
  await expect(page.getByRole('heading', { name: 'Member organisations' })).toBeVisible();
}
