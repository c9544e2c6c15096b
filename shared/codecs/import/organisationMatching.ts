import type { Organisation } from '../../core/domain/entities';

/** Folds an organisation name for matching: width, case, spaces, brackets, quotes and dots do not count. */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s()[\]{}"'«»“”‘’`·.,，、。\-–—]/g, '');
}

/** Finds an organisation by any of its names or its code. */
export class OrganisationIndex {
  private readonly byKey = new Map<string, Organisation>();

  constructor(organisations: readonly Organisation[]) {
    for (const org of organisations) {
      if (org.deletedAt) continue;
      for (const name of [org.name.zh, org.name.ru, org.name.en, org.code]) {
        const key = organisationKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, org);
      }
    }
  }

  find(name: string): Organisation | undefined {
    return this.byKey.get(organisationKey(name));
  }
}
