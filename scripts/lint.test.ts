// The layering rules (eslint.layers.js) refuse what they should and let the rest through: each case
// lints a one-line file at a path of the tree (the file need not exist) with the project's config.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });

/** The layering errors ESLint gives for `code` in the file at `path` (from the root). */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${path}` });
  if (!result) throw new Error(`no result for ${path}`);
  // A parse error or an ignored path would make a refusal's absence mean nothing. (Other rules, such
  // as the unused imports of these one-liners, are not what is tested.)
  expect(
    result.messages.filter((m) => m.fatal || m.ruleId === null),
    path,
  ).toEqual([]);
  return result.messages
    .filter(
      (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports',
    )
    .map((m) => m.message);
}

async function expectRefused(path: string, code: string, reason: string | RegExp): Promise<void> {
  const messages = await refusals(path, code);
  expect(messages, `${path}: ${code}`).toHaveLength(1);
  expect(messages[0]).toMatch(reason);
}

async function expectAllowed(path: string, code: string): Promise<void> {
  expect(await refusals(path, code), `${path}: ${code}`).toEqual([]);
}

describe('the layering rules', () => {
  it('keep shared/ to itself: no path out of it, no React, Dexie or Electron', async () => {
    await expectRefused(
      'shared/rules/x.ts',
      "import { x } from '../../renderer/app/i18n';",
      /shared\/ imports only shared\//,
    );
    await expectRefused('shared/rules/x.ts', "import { x } from '../../electron/main';", /only shared\//);
    await expectRefused('shared/x.ts', "import { x } from '../cli/translate';", /only shared\//);
    await expectRefused('shared/domain/x.ts', "import { useState } from 'react';", /no React/);
    await expectRefused('shared/domain/x.ts', "import { createRoot } from 'react-dom/client';", /no React/);
    await expectRefused('shared/domain/x.ts', "import { useTranslation } from 'react-i18next';", /no React/);
    await expectRefused('shared/domain/x.ts', "import Dexie from 'dexie';", /Dexie belongs to renderer\/db/);
    await expectRefused('shared/domain/x.ts', "import { useLiveQuery } from 'dexie-react-hooks';", /Dexie/);
    await expectRefused('shared/domain/x.ts', "import { app } from 'electron';", /no electron import/);
    await expectAllowed(
      'shared/rules/x.ts',
      "import { quorumMet } from './quorum';\n" +
        "import type { Vote } from '../domain/entities';\n" +
        "import { z } from 'zod';",
    );
  });

  it('keep the layers of shared/ in order: values only from below, types from anywhere', async () => {
    const core = 'shared/core/domain/x.ts';
    await expectRefused(
      core,
      "import { tallyVote } from '../../rules/counting/tally';",
      /below shared\/\{rules/,
    );
    await expectRefused(core, "import { badgePdf } from '../../documents/render/badgePdf';", /below/);
    await expectAllowed(core, "import type { ElectionPost } from '../../rules/elections/electionTypes';");
    const rules = 'shared/rules/elections/x.ts';
    await expectRefused(
      rules,
      "import { inLanguage } from '../../documents/minutes/minutesRecord';",
      /below/,
    );
    await expectRefused(rules, "import { readListFile } from '../../codecs/import/readListFile';", /below/);
    await expectAllowed(rules, "import { inLanguage } from '../../core/domain/trilingual';");
    await expectRefused(
      'shared/documents/minutes/x.ts',
      "import { x } from '../../codecs/export/spreadsheet';",
      /below/,
    );
    await expectRefused(
      'shared/codecs/export/x.ts',
      "import { planDemoConference } from '../../demo/demoConference';",
      /below/,
    );
    await expectAllowed(
      'shared/codecs/export/x.test.ts',
      "import { planDemoConference } from '../../demo/demoConference';",
    );
    await expectAllowed(
      'shared/demo/x.ts',
      "import { exportArchive } from '../codecs/archive/eventArchive';",
    );
  });

  it('let a shared/ test use cli/ fixtures, not the renderer', async () => {
    await expectAllowed('shared/rules/x.test.ts', "import { translator } from '../../cli/translate';");
    await expectRefused(
      'shared/rules/x.test.ts',
      "import { x } from '../../renderer/app/i18n';",
      /cli\/ fixtures/,
    );
    await expectRefused('shared/rules/x.test.ts', "import { useState } from 'react';", /no React/);
  });

  it('keep cli/ off the renderer and electron/', async () => {
    await expectRefused('cli/x.ts', "import { App } from '../renderer/app/App';", /cli\/ runs in plain Node/);
    await expectRefused('cli/x.ts', "import { x } from '../electron/backups';", /cli\/ runs in plain Node/);
    await expectAllowed('cli/x.ts', "import { translatorFor } from '../shared/locales';");
  });

  it('keep electron/ off the renderer', async () => {
    await expectRefused(
      'electron/x.ts',
      "import { x } from '../renderer/platform';",
      /electron\/ never imports renderer/,
    );
    await expectAllowed(
      'electron/x.ts',
      "import { app } from 'electron';\nimport { x } from '../shared/ipc';",
    );
  });

  it('refuse a feature importing another feature, in every folder of renderer/features', async () => {
    const features = readdirSync(`${root}renderer/features`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(features.length).toBeGreaterThan(1);
    for (const [i, feature] of features.entries()) {
      const other = features[(i + 1) % features.length]!;
      const path = `renderer/features/${feature}/x.tsx`;
      const reason = `renderer/features/${feature} must not import another feature`;
      await expectRefused(path, `import { x } from '../${other}/y';`, reason);
      await expectRefused(path, `import { x } from '../../features/${other}/y';`, /must not reach into/);
    }
    await expectRefused(
      'renderer/features/checkin/x.tsx',
      "import { AttendeeDialog } from '../attendees/AttendeeDialog';",
      /must not import another feature/,
    );
    // Its own files, the shared components, shared/ (whose folders share names with features).
    await expectAllowed(
      'renderer/features/checkin/x.tsx',
      [
        "import { useDesk } from './useDesk';",
        "import { AttendeeDialog } from '../../components/AttendeeDialog';",
        "import { useConference } from '../../db/hooks';",
        "import { resultOf } from '../../../shared/votes/voteCommands';",
        "import { badgePayload } from '../../../shared/checkin/badgePayload';",
      ].join('\n'),
    );
  });

  it('keep renderer/components under the features', async () => {
    const reason = /renderer\/components is shared by the features and never imports one/;
    await expectRefused(
      'renderer/components/x.tsx',
      "import { x } from '../features/history/HistoryButton';",
      reason,
    );
    await expectRefused(
      'renderer/components/results/x.tsx',
      "import { x } from '../../features/votes/y';",
      reason,
    );
    await expectAllowed(
      'renderer/components/x.tsx',
      "import { Dialog } from './Dialog';\n" +
        "import { useRecordHistory } from '../db/hooks';\n" +
        "import { currentLanguage } from '../app/i18n';",
    );
  });

  it('keep Dexie and the storage layout in renderer/db', async () => {
    const dexie = /Only renderer\/db talks to Dexie/;
    await expectRefused(
      'renderer/features/votes/x.tsx',
      "import { useLiveQuery } from 'dexie-react-hooks';",
      dexie,
    );
    await expectRefused('renderer/features/votes/x.tsx', "import Dexie from 'dexie';", dexie);
    await expectRefused('renderer/app/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks';", dexie);
    await expectRefused('renderer/components/x.tsx', "import { liveQuery } from 'dexie';", dexie);
    await expectRefused('renderer/components/badges/x.ts', "import { liveQuery } from 'dexie';", dexie);
    await expectRefused(
      'renderer/features/votes/x.tsx',
      "import { readAllRows } from '../../db/projectionPages';",
      /renderer\/db's own/,
    );
    await expectRefused(
      'renderer/app/x.tsx',
      "import type { PlenumDatabase } from '../db/schema';",
      /db's own/,
    );
    await expectAllowed(
      'renderer/db/x.ts',
      "import Dexie from 'dexie';\n" +
        "import { useLiveQuery } from 'dexie-react-hooks';\n" +
        "import { readAllRows } from './projectionPages';",
    );
    await expectAllowed('renderer/db/hooks/x.ts', "import { useLiveQuery } from 'dexie-react-hooks';");
    await expectAllowed(
      'renderer/features/votes/x.tsx',
      "import { useVotes } from '../../db/hooks';\nimport { openVoteAction } from '../../db/voteActions';",
    );
  });

  it('keep Electron to renderer/platform within the page', async () => {
    const electron = /only through renderer\/platform/;
    await expectRefused('renderer/components/x.ts', "import { ipcRenderer } from 'electron';", electron);
    await expectRefused(
      'renderer/features/archive/x.ts',
      "import { ipcRenderer } from 'electron';",
      electron,
    );
    await expectRefused('renderer/db/x.ts', "import { ipcRenderer } from 'electron';", electron);
    await expectRefused('renderer/main.tsx', "import { ipcRenderer } from 'electron';", electron);
    await expectAllowed('renderer/platform/x.ts', "import type { IpcRenderer } from 'electron';");
  });
});
