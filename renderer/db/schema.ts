import Dexie, { type Table } from 'dexie';
import type { AgendaItem, Attendee, Conference, EntityKind, ImportBatch, Organisation, Organiser, AnyEntity } from '../../shared/domain/entities';
import type { DomainEvent } from '../../shared/domain/events';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class PlenumDatabase extends Dexie {
  log!: Table<DomainEvent, string>;
  conferences!: Table<Conference, string>;
  organisers!: Table<Organiser, string>;
  agendaItems!: Table<AgendaItem, string>;
  organisations!: Table<Organisation, string>;
  attendees!: Table<Attendee, string>;
  importBatches!: Table<ImportBatch, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'plenum') {
    // A check-in or a vote shown as saved must be on disk: strict durability for every write.
    // Query results are frozen and shared rather than cloned per reader: one copy of 20,000 attendees, not two.
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    this.version(1).stores({
      log: 'id, conferenceId, entityId, [conferenceId+hlc]',
      conferences: 'id',
      organisers: 'id, conferenceId',
      agendaItems: 'id, conferenceId',
      organisations: 'id, conferenceId, [conferenceId+code]',
      attendees: 'id, conferenceId, organisationId, [conferenceId+code]',
      meta: 'key',
    });
    this.version(2).stores({ importBatches: 'id, conferenceId' });
  }

  projectionTable(kind: EntityKind): Table<AnyEntity, string> {
    const tables: Record<EntityKind, Table<AnyEntity, string>> = {
      conference: this.conferences as Table<AnyEntity, string>,
      organiser: this.organisers as Table<AnyEntity, string>,
      agendaItem: this.agendaItems as Table<AnyEntity, string>,
      organisation: this.organisations as Table<AnyEntity, string>,
      attendee: this.attendees as Table<AnyEntity, string>,
      importBatch: this.importBatches as Table<AnyEntity, string>,
    };
    return tables[kind];
  }

  get projectionTables(): Table<AnyEntity, string>[] {
    return [this.conferences, this.organisers, this.agendaItems, this.organisations, this.attendees, this.importBatches] as Table<AnyEntity, string>[];
  }
}
