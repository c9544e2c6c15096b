import type { BadgeContent } from '../shared/documents/render/badgeLayout';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../shared/core/domain/blanks';
import type { Attendee, AttendeeCategory, Organisation } from '../shared/core/domain/entities';
import { deriveLatinName } from '../shared/core/names/latinName';
import {
  nameScript,
  splitChineseName,
  splitCyrillicName,
  splitLatinName,
} from '../shared/codecs/import/nameParts';
import { readListFile } from '../shared/codecs/import/readListFile';
import { detectHeaderRow, suggestMapping } from '../shared/codecs/import/headers';
import { previewAttendeeImport } from '../shared/codecs/import/attendeeImport';
import { zhCN } from '../shared/locales/zh-CN';
import { ru } from '../shared/locales/ru';

const meta = { conferenceId: 'cli', version: '', createdAt: '', updatedAt: '', deletedAt: null };

/** A list file does not say how the event writes Chinese names for Russian readers: pinyin, the default. */
const chineseTranscription = 'latin';

function organisation(zh: string, ruName: string, index: number): Organisation | undefined {
  if (!zh && !ruName) return undefined;
  return { ...BLANK_ORGANISATION, id: `org-${index}`, code: '', name: { zh, ru: ruName, en: '' }, ...meta };
}

/** The peer benchmark's JSON: [{id, nameZh, nameRu, orgZh, orgRu, roleZh, roleRu, qr}]. */
export function badgesFromJson(json: unknown, eventName: BadgeContent['eventName']): BadgeContent[] {
  if (!Array.isArray(json)) throw new Error('expected a JSON array of badges');
  return json.map((item: Record<string, string>, i) => {
    const fields = { ...BLANK_ATTENDEE, code: item.qr ?? item.id ?? '' };
    if (item.nameZh) {
      const zh = splitChineseName(item.nameZh);
      Object.assign(fields, { familyNameZh: zh.family, givenNameZh: zh.given });
    }
    if (item.nameRu) {
      if (nameScript(item.nameRu) === 'cyrillic') {
        const cyr = splitCyrillicName(item.nameRu);
        Object.assign(fields, { familyNameCyr: cyr.family, givenNameCyr: cyr.given });
      } else {
        // A Chinese person's Latin name is pinyin, family name first (Zhao Yongsheng).
        const latin =
          item.nameZh && nameScript(item.nameZh) === 'han' && !item.nameZh.includes('·')
            ? { family: item.nameRu.split(' ')[0] ?? '', given: item.nameRu.split(' ').slice(1).join(' ') }
            : splitLatinName(item.nameRu);
        Object.assign(fields, {
          familyNameLatin: latin.family,
          givenNameLatin: latin.given,
          latinEdited: true,
        });
      }
    }
    const attendee: Attendee = {
      ...fields,
      ...(fields.latinEdited ? {} : deriveLatinName(fields)),
      id: `a-${i}`,
      ...meta,
    };
    return {
      eventName,
      attendee,
      organisation: organisation(item.orgZh ?? '', item.orgRu ?? '', i),
      chineseTranscription,
      categoryName: { zh: item.roleZh ?? '', ru: item.roleRu ?? '' },
    };
  });
}

const categoryName = (category: AttendeeCategory) => ({
  zh: zhCN.attendeeCategories[category],
  ru: ru.attendeeCategories[category],
});

/** A registration list (.xlsx, .csv …) read the way the import screen reads it. */
export async function badgesFromList(
  bytes: Uint8Array,
  fileName: string,
  eventName: BadgeContent['eventName'],
): Promise<BadgeContent[]> {
  const file = await readListFile(bytes, fileName);
  const sheet = file.sheets.find((s) => !s.hidden) ?? file.sheets[0]!;
  const header = detectHeaderRow(sheet.rows, 'attendees');
  const preview = previewAttendeeImport(
    sheet,
    {
      headerRowIndex: header.rowIndex,
      mapping: suggestMapping(sheet.rows[header.rowIndex] ?? [], 'attendees'),
      constants: {},
      overrides: {},
    },
    { organisations: [], attendees: [] },
  );
  return preview.rows
    .filter((r) => !r.blocked)
    .map((r, i) => {
      const fields = { ...r.fields, code: r.fields.code || `A${String(i + 1).padStart(5, '0')}` };
      const attendee: Attendee = {
        ...fields,
        ...(fields.latinEdited ? {} : deriveLatinName(fields)),
        id: `a-${i}`,
        ...meta,
      };
      const script = nameScript(r.organisationName);
      return {
        eventName,
        attendee,
        organisation: organisation(
          script === 'han' ? r.organisationName : '',
          script === 'han' ? '' : r.organisationName,
          i,
        ),
        chineseTranscription,
        categoryName: categoryName(fields.category),
      };
    });
}
