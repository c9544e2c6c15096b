import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { checkInFirst, demoDelegates, loadDemo, scanBadge } from './helpers';
import { openCouncilElection } from './assembly';

/** Two processes that keep both cores busy for as long as they run: the desk must not depend on an idle machine. */
function burnBothCores(): ChildProcess[] {
  return [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

const present = (page: Page) =>
  page.locator('.figures > div').filter({ hasText: 'Attendees present' }).locator('dd');

test.describe('with both cores busy', () => {
  let burners: ChildProcess[] = [];
  test.beforeAll(() => {
    burners = burnBothCores();
  });
  test.afterAll(() => {
    for (const burner of burners) burner.kill();
  });

  for (let round = 1; round <= 5; round++) {
    test(
      'every one of 216 badges scanned in a row is counted, ' +
        `and every delegate’s ballot is issued by scan (run ${round} of 5)`,
      async ({ page }) => {
        test.setTimeout(240_000);
        await loadDemo(page);
        await checkInFirst(page, 216);
        await expect(present(page)).toHaveText(/^216 of 216$/, { timeout: 60_000 });

        const delegates = demoDelegates();
        await openCouncilElection(page);
        for (const delegate of delegates) await scanBadge(page, delegate.code);
        await expect(page.getByText(`Ballots issued: ${delegates.length};`)).toBeVisible({ timeout: 60_000 });
      },
    );
  }
});
