import type { Trilingual } from '../../core/domain/entities';

/** A member of the expert committee: an appointed person and their role (not necessarily an attendee). */
export interface CommitteeMemberFields {
  name: Trilingual;
  role: Trilingual;
  organisation: Trilingual;
  order: number;
}

/** A section the secretary adds to the minutes, placed after a section of the record. */
export interface FreeSection {
  id: string;
  after: string;
  title: Trilingual;
  text: Trilingual;
}

/**
 * What the secretary wrote into the minutes: the paragraphs changed from the text prefilled from
 * the record (per section and language), and the sections added. One record per event.
 */
export interface MinutesFields {
  paragraphs: Record<string, Partial<Trilingual>>;
  freeSections: FreeSection[];
}

/**
 * The languages the minutes are written in: one, or Chinese and Russian in parallel (each paragraph
 * followed by its translation).
 */
export const MINUTES_MODES = ['zh+ru', 'zh-CN', 'ru', 'en'] as const;
export type MinutesMode = (typeof MINUTES_MODES)[number];
