/** Badge stock: exact geometry in millimetres, as printers and label makers sell it. */
export interface SheetGeometry {
  pageWidth: number;
  pageHeight: number;
  cardWidth: number;
  cardHeight: number;
  columns: number;
  rows: number;
  marginLeft: number;
  marginTop: number;
  gapX: number;
  gapY: number;
  /** Cut marks at the card corners, outside the cards (for stock cut by hand). */
  cutMarks: boolean;
}

export const BADGE_PRESETS = {
  a6: {
    pageWidth: 105,
    pageHeight: 148,
    cardWidth: 105,
    cardHeight: 148,
    columns: 1,
    rows: 1,
    marginLeft: 0,
    marginTop: 0,
    gapX: 0,
    gapY: 0,
    cutMarks: false,
  },
  card90x130: {
    pageWidth: 90,
    pageHeight: 130,
    cardWidth: 90,
    cardHeight: 130,
    columns: 1,
    rows: 1,
    marginLeft: 0,
    marginTop: 0,
    gapX: 0,
    gapY: 0,
    cutMarks: false,
  },
  a4Four90x130: {
    pageWidth: 210,
    pageHeight: 297,
    cardWidth: 90,
    cardHeight: 130,
    columns: 2,
    rows: 2,
    marginLeft: 15,
    marginTop: 18.5,
    gapX: 0,
    gapY: 0,
    cutMarks: true,
  },
  a4EightA7: {
    pageWidth: 210,
    pageHeight: 297,
    cardWidth: 105,
    cardHeight: 74,
    columns: 2,
    rows: 4,
    marginLeft: 0,
    marginTop: 0.5,
    gapX: 0,
    gapY: 0,
    cutMarks: true,
  },
  id1: {
    pageWidth: 85.6,
    pageHeight: 54,
    cardWidth: 85.6,
    cardHeight: 54,
    columns: 1,
    rows: 1,
    marginLeft: 0,
    marginTop: 0,
    gapX: 0,
    gapY: 0,
    cutMarks: false,
  },
  // Avery L7165 / Zweckform 3655 pattern: 8 labels 99.1 × 67.7 mm.
  labels99x68: {
    pageWidth: 210,
    pageHeight: 297,
    cardWidth: 99.1,
    cardHeight: 67.7,
    columns: 2,
    rows: 4,
    marginLeft: 4.65,
    marginTop: 13.1,
    gapX: 2.5,
    gapY: 0,
    cutMarks: false,
  },
  // Avery L7163 pattern: 14 labels 99.1 × 38.1 mm.
  labels99x38: {
    pageWidth: 210,
    pageHeight: 297,
    cardWidth: 99.1,
    cardHeight: 38.1,
    columns: 2,
    rows: 7,
    marginLeft: 4.65,
    marginTop: 15.15,
    gapX: 2.5,
    gapY: 0,
    cutMarks: false,
  },
} satisfies Record<string, SheetGeometry>;

export type BadgePreset = keyof typeof BADGE_PRESETS;
export const BADGE_PRESET_IDS = Object.keys(BADGE_PRESETS) as BadgePreset[];

export type SecondLine = 'auto' | 'none';

/** What templates saved before the name policy hold: one second line for everyone, now read as 'auto'. */
export type LegacySecondLine = 'latin' | 'cyrillic';

export interface BadgeTemplate {
  preset: BadgePreset;
  /** The event's name across the top. */
  header: 'zh' | 'ru' | 'en' | 'zhRu' | 'none';
  /** The line under the main name: each person's name in the other language (the name policy's), or none. */
  secondLine: SecondLine;
  organisation: 'zh' | 'ru' | 'both' | 'none';
  position: boolean;
  qr: boolean;
  roleBand: boolean;
  /** Largest size of the main name, in points; it shrinks to fit. */
  nameSize: number;
  /** A logo (PNG or JPEG, as a data URL), top left. */
  logo: string;
}

export const DEFAULT_TEMPLATE: BadgeTemplate = {
  preset: 'a4Four90x130',
  header: 'zhRu',
  secondLine: 'auto',
  organisation: 'both',
  position: true,
  qr: true,
  roleBand: true,
  nameSize: 30,
  logo: '',
};

/** A template as the log or an older archive may hold it: a second line of 'latin' or 'cyrillic' too. */
export type StoredBadgeTemplate = Omit<BadgeTemplate, 'secondLine'> & {
  secondLine: SecondLine | LegacySecondLine;
};

export function secondLineOf(stored: string | undefined): SecondLine {
  return stored === 'none' ? 'none' : 'auto';
}

/** The template to lay out and edit: the defaults under what was saved, an older second line read as 'auto'. */
export function readBadgeTemplate(stored: Partial<StoredBadgeTemplate> | undefined): BadgeTemplate {
  const template = { ...DEFAULT_TEMPLATE, ...(stored ?? {}) };
  return { ...template, secondLine: secondLineOf(template.secondLine) };
}

export const MM = 72 / 25.4;

/** Where each card of a page sits, in points from the top left of the page. */
export function cardSlots(geometry: SheetGeometry): { x: number; y: number }[] {
  const slots: { x: number; y: number }[] = [];
  for (let row = 0; row < geometry.rows; row++) {
    for (let column = 0; column < geometry.columns; column++) {
      slots.push({
        x: (geometry.marginLeft + column * (geometry.cardWidth + geometry.gapX)) * MM,
        y: (geometry.marginTop + row * (geometry.cardHeight + geometry.gapY)) * MM,
      });
    }
  }
  return slots;
}
