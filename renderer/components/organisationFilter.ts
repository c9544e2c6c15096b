import type { Organisation } from '../../shared/core/domain/entities';

/** Folds full-width forms, case and spaces, so ＡＢＣ matches abc and "哈尔滨 职业" matches 哈尔滨职业. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function matchesOrganisation(org: Organisation, query: string): boolean {
  const q = foldForSearch(query);
  if (!q) return true;
  return [org.code, org.name.zh, org.name.ru, org.name.en, org.region, org.country].some((field) =>
    foldForSearch(field).includes(q),
  );
}
