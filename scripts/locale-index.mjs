// Writes shared/locales/<language>/index.ts from the namespace files beside it: run after adding a namespace.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../shared/locales');
const exportNames = { en: 'en', ru: 'ru', 'zh-CN': 'zhCN' };
const reserved = new Set(['import', 'export', 'default']);
const identifier = (namespace) => (reserved.has(namespace) ? `${namespace}Strings` : namespace);

function indexSource(language, exportName) {
  const namespaces = readdirSync(path.join(root, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const imports = namespaces.map(
    (namespace) => `import ${identifier(namespace)} from './${namespace}.json' with { type: 'json' };`,
  );
  const members = namespaces.map((namespace) =>
    identifier(namespace) === namespace ? `  ${namespace},` : `  ${namespace}: ${identifier(namespace)},`,
  );
  const header = '// Written by scripts/locale-index.mjs from the namespace files beside it.';
  return [header, ...imports, '', `export const ${exportName} = {`, ...members, '};', ''].join('\n');
}

for (const [language, exportName] of Object.entries(exportNames)) {
  writeFileSync(path.join(root, language, 'index.ts'), indexSource(language, exportName));
}
