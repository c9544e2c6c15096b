import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chooseLanguage, loadDemo } from './helpers';

type Manifest = { commits: number; events: number; files: { path: string; sha256: string; bytes: number }[] };

/** An archive rewritten as a careful forger would: the log edited, every checksum and count made to agree. */
function craft(archive: Buffer, edit: (lines: string[], manifest: Manifest) => string[]): Buffer {
  const files = unzipSync(archive);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
  const lines = edit(strFromU8(files['log.jsonl']!).split('\n'), manifest);
  files['log.jsonl'] = strToU8(lines.join('\n'));
  const log = manifest.files.find((f) => f.path === 'log.jsonl')!;
  log.sha256 = createHash('sha256').update(files['log.jsonl']).digest('hex');
  log.bytes = files['log.jsonl'].length;
  manifest.commits = lines.length;
  manifest.events = lines.reduce(
    (n, line) => n + (JSON.parse(line) as { events: unknown[] }).events.length,
    0,
  );
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return Buffer.from(zipSync(files));
}

const constructorPath = (archive: Buffer) => {
  const files = unzipSync(archive);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
  manifest.files.push({ path: 'constructor', sha256: 'a'.repeat(64), bytes: 1 });
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return Buffer.from(zipSync(files));
};
const lineTwice = (archive: Buffer) => craft(archive, (lines) => [...lines, lines.at(-1)!]);
const clockAhead = (archive: Buffer) =>
  craft(archive, (lines) =>
    lines.map((line, i) => {
      if (i !== lines.length - 1) return line;
      const commit = JSON.parse(line);
      commit.hlc = '999999999999999-999999-zz';
      for (const event of commit.events) event.hlc = commit.hlc;
      return JSON.stringify(commit);
    }),
  );

async function exportArchive(page: Page, archiveLink: string, exportButton: string): Promise<Buffer> {
  await page.getByRole('link', { name: archiveLink, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: exportButton }).click();
  return readFileSync((await (await download).path())!);
}

async function pick(page: Page, button: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer });
}

/** The events on this computer, once the list has been read. */
async function eventCount(page: Page, list: string) {
  const items = page.getByRole('list', { name: list }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  return items.count();
}

test('crafted archives are refused with the reason in Chinese, on the restore and merge screens', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await chooseLanguage(page, '中文');
  const archive = await exportArchive(page, '归档', '导出归档');
  const eventUrl = page.url();
  await page.goto('/');
  const before = await eventCount(page, '本机上的活动');
  for (const [crafted, reason] of [
    [constructorPath(archive), /constructor/],
    [lineTwice(archive), /第 \d+ 行/],
    [clockAhead(archive), /快一天以上/],
  ] as const) {
    await pick(page, '从归档恢复活动…', crafted);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('未作任何更改');
    await expect(alert).toContainText(reason);
    expect(await eventCount(page, '本机上的活动')).toBe(before);
  }
  await page.goto(eventUrl);
  await page.getByRole('link', { name: '归档', exact: true }).click();
  await pick(page, '合并另一台电脑的归档…', lineTwice(archive));
  await expect(
    page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: '未作任何更改' }),
  ).toBeVisible();
  // The event's own archive still restores afterwards.
  await page.goto('/');
  await pick(page, '从归档恢复活动…', archive);
  const dialog = page.getByRole('dialog', { name: '归档已恢复' });
  await expect(dialog).toContainText('本机已有该活动');
  await dialog.getByRole('button', { name: '打开活动' }).click();
  await page.goto('/');
  expect(await eventCount(page, '本机上的活动')).toBe(before + 1);
});

test('crafted archives are refused with the reason in Russian, on the merge and restore screens', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await chooseLanguage(page, 'Русский');
  const archive = await exportArchive(page, 'Архив', 'Выгрузить архив');
  for (const crafted of [clockAhead(archive), constructorPath(archive)]) {
    await pick(page, 'Объединить с архивом другого ноутбука…', crafted);
    await expect(
      page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'ничего не изменено' }),
    ).toBeVisible();
  }
  await page.goto('/');
  const before = await eventCount(page, 'Мероприятия на этом компьютере');
  await pick(page, 'Восстановить мероприятие из архива…', lineTwice(archive));
  await expect(page.getByRole('alert')).toContainText('ничего не изменено');
  expect(await eventCount(page, 'Мероприятия на этом компьютере')).toBe(before);
});
