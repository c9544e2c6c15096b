// The shape of the code, measured the way the review that asked for it counted: long lines, long
// functions, the layering (Dexie and feature-to-feature imports), ballot methods outside their
// modules, locale lines, lists of languages. Run: npm run bench:code
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const code = tracked.filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.startsWith('node_modules/'));
const source = (file) => readFileSync(file, 'utf8');
const lines = (file) => source(file).split('\n');

function longLines(limit) {
  return code.reduce((n, f) => n + lines(f).filter((line) => [...line].length > limit).length, 0);
}

function functionLengths() {
  const found = [];
  for (const file of code.filter(
    (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('e2e/'),
  )) {
    const tree = ts.createSourceFile(file, source(file), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = tree.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = tree.getLineAndCharacterOfPosition(node.end).line;
        const name = node.name?.getText() ?? node.parent?.name?.getText?.() ?? '(anonymous)';
        found.push({ file, name, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found.sort((a, b) => b.lines - a.lines);
}

const inFeatures = code.filter((f) => /^renderer\/(features|app)\//.test(f));
const dexieInFeatures = inFeatures.filter((f) =>
  /from '(dexie|dexie-react-hooks)'|\.db\.\w+\.(where|get|toArray)/.test(source(f)),
);
const featureToFeature = inFeatures
  .filter((f) => f.startsWith('renderer/features/'))
  .flatMap((f) => [...source(f).matchAll(/from '\.\.\/([a-zA-Z]+)\//g)].map((m) => `${f} → ${m[1]}`));
const methodIds = /'(yesNoAbstain|yesNo|markUpTo|approval)'/;
const methodBranches = code.filter(
  (f) =>
    /^(shared|renderer|cli)\//.test(f) &&
    !/\.test\.tsx?$|\/testing\/|\/methods\//.test(f) &&
    source(f)
      .split('\n')
      .some((line) => methodIds.test(line) && /\bmethod\b/.test(line)),
);
const locales = tracked.filter((f) => /^shared\/locales\/.*\.json$/.test(f));
const longestLocaleLine = Math.max(...locales.flatMap((f) => lines(f).map((line) => [...line].length)));
const languageLists = code.filter(
  (f) =>
    !/\.test\.tsx?$|^e2e\//.test(f) &&
    /\[\s*'(zh-CN|ru|en)',\s*'(zh-CN|ru|en)',\s*'(zh-CN|ru|en)'\s*\]/.test(source(f)),
);

const longest = functionLengths();
const report = {
  date: new Date().toISOString().slice(0, 10),
  codeFiles: code.length,
  linesOver120: longLines(120),
  linesOver140: longLines(140),
  longestFunctions: longest.slice(0, 6).map((f) => `${f.name} (${f.file}): ${f.lines}`),
  functionsOver100Lines: longest.filter((f) => f.lines > 100).length,
  featureFilesUsingDexie: dexieInFeatures,
  importsBetweenFeatures: featureToFeature,
  filesBranchingOnBallotMethod: methodBranches,
  localeFiles: locales.length,
  longestLocaleLine,
  filesListingTheLanguages: languageLists,
};
console.log(JSON.stringify(report, null, 2));
