import Dexie, { type Table } from 'dexie';
import type {
  AgendaItem,
  BallotEntry,
  BallotIssue,
  CommitteeMember,
  Conference,
  Conflict,
  Election,
  Minutes,
  EntityKind,
  ImportBatch,
  Organiser,
  AnyEntity,
  Vote,
} from '../../shared/core/domain/entities';
import type { Commit } from '../../shared/core/domain/events';
import type { PagedKind, ProjectionPage } from './projectionPages';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class PlenumDatabase extends Dexie {
  /** The append-only log: one record per command, holding its events. */
  commits!: Table<Commit, string>;
  conferences!: Table<Conference, string>;
  organisers!: Table<Organiser, string>;
  agendaItems!: Table<AgendaItem, string>;
  /** Organisations and attendees, in pages of rows (see projectionPages.ts). */
  pages!: Table<ProjectionPage, [PagedKind, string, number]>;
  importBatches!: Table<ImportBatch, string>;
  votes!: Table<Vote, string>;
  elections!: Table<Election, string>;
  /** Who received a ballot for which round (never which paper). */
  ballotIssues!: Table<BallotIssue, string>;
  /** Papers as the tellers entered them. */
  ballotEntries!: Table<BallotEntry, string>;
  committeeMembers!: Table<CommitteeMember, string>;
  /** What the secretary wrote into the minutes (one record per event). */
  minutes!: Table<Minutes, string>;
  /** Entries two laptops made apart for the same thing, found by merging an archive. */
  conflicts!: Table<Conflict, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'plenum') {
    // A check-in or a vote shown as saved must be on disk: strict durability for every write.
    // Query results are frozen and shared rather than cloned per reader: one copy of 20,000 attendees, not two.
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    // Version 4: organisations and attendees in pages. Version 3: the log holds commits.
    this.version(4).stores({
      log: null,
      organisations: null,
      attendees: null,
      pages: '[kind+conferenceId+page]',
      commits: 'id, *entityIds, [conferenceId+hlc]',
      conferences: 'id',
      organisers: 'id, conferenceId',
      agendaItems: 'id, conferenceId',
      importBatches: 'id, conferenceId',
      meta: 'key',
    });
    this.version(5).stores({ votes: 'id, conferenceId' });
    this.version(6).stores({
      elections: 'id, conferenceId',
      ballotIssues: 'id, conferenceId, electionId',
      ballotEntries: 'id, conferenceId, electionId',
    });
    this.version(7).stores({ committeeMembers: 'id, conferenceId', minutes: 'id, conferenceId' });
    this.version(8).stores({ conflicts: 'id, conferenceId' });
  }

  /** The table of a kind stored a record each; organisations and attendees are in pages instead. */
  projectionTable(kind: Exclude<EntityKind, PagedKind>): Table<AnyEntity, string> {
    const tables: Record<Exclude<EntityKind, PagedKind>, Table<AnyEntity, string>> = {
      conference: this.conferences as Table<AnyEntity, string>,
      organiser: this.organisers as Table<AnyEntity, string>,
      agendaItem: this.agendaItems as Table<AnyEntity, string>,
      importBatch: this.importBatches as Table<AnyEntity, string>,
      vote: this.votes as Table<AnyEntity, string>,
      election: this.elections as Table<AnyEntity, string>,
      ballotIssue: this.ballotIssues as Table<AnyEntity, string>,
      ballotEntry: this.ballotEntries as Table<AnyEntity, string>,
      committeeMember: this.committeeMembers as Table<AnyEntity, string>,
      minutes: this.minutes as Table<AnyEntity, string>,
      conflict: this.conflicts as Table<AnyEntity, string>,
    };
    return tables[kind];
  }

  /** Every table a command may write besides the log. */
  get projectionTables(): Table[] {
    return [
      this.conferences,
      this.organisers,
      this.agendaItems,
      this.importBatches,
      this.votes,
      this.elections,
      this.ballotIssues,
      this.ballotEntries,
      this.committeeMembers,
      this.minutes,
      this.conflicts,
      this.pages,
    ] as Table[];
  }
}
