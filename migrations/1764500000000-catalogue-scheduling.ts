import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { boolean, id, integer, text, timestamp, timestampNow, varchar } from './schema-helpers';

/** Offerings (aanbod), editions (uitvoeringen), their meetings (bijeenkomsten) and trainers. */
export class CatalogueScheduling1764500000000 implements MigrationInterface {
  name = 'CatalogueScheduling1764500000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'offerings',
        columns: [
          id(),
          varchar('kind', 20),
          varchar('title', 200),
          varchar('slug', 120),
          varchar('summary', 500),
          text('description'),
          varchar('audience', 300, false, ''),
          integer('study_load_hours'),
          integer('skj_points', false, 0),
          varchar('completion_rule', 20, false, 'all_meetings'),
          integer('completion_percent', true),
          boolean(qr, 'excused_counts', false),
          boolean(qr, 'requires_approval', false),
          boolean(qr, 'published', false),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_offerings_slug', columnNames: ['slug'], isUnique: true }),
          new TableIndex({ name: 'ix_offerings_published', columnNames: ['published'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'editions',
        columns: [
          id(),
          integer('offering_id'),
          varchar('title', 200),
          integer('capacity'),
          integer('seats_taken', false, 0),
          timestamp(qr, 'registration_opens_at'),
          timestamp(qr, 'registration_closes_at'),
          varchar('region_code', 4, true),
          { ...text('notes'), default: "''" },
          varchar('status', 12, false, 'draft'),
          timestamp(qr, 'starts_at', true),
          timestamp(qr, 'ends_at', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_editions_offering', columnNames: ['offering_id'] }),
          new TableIndex({ name: 'ix_editions_region', columnNames: ['region_code'] }),
          new TableIndex({
            name: 'ix_editions_status_start',
            columnNames: ['status', 'starts_at'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_editions_offering',
            columnNames: ['offering_id'],
            referencedTableName: 'offerings',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_editions_region',
            columnNames: ['region_code'],
            referencedTableName: 'provinces',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'meetings',
        columns: [
          id(),
          integer('edition_id'),
          timestamp(qr, 'starts_at'),
          timestamp(qr, 'ends_at'),
          varchar('location_name', 200, true),
          varchar('address', 300, true),
          varchar('municipality_code', 6, true),
          varchar('location_key', 500, true),
          varchar('online_url', 500, true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_meetings_edition', columnNames: ['edition_id'] }),
          new TableIndex({ name: 'ix_meetings_time', columnNames: ['starts_at', 'ends_at'] }),
          new TableIndex({ name: 'ix_meetings_location_key', columnNames: ['location_key'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_meetings_edition',
            columnNames: ['edition_id'],
            referencedTableName: 'editions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_meetings_municipality',
            columnNames: ['municipality_code'],
            referencedTableName: 'municipalities',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'edition_trainers',
        columns: [
          { ...integer('edition_id'), isPrimary: true },
          { ...integer('user_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'ix_edition_trainers_user', columnNames: ['user_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_edition_trainers_edition',
            columnNames: ['edition_id'],
            referencedTableName: 'editions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_edition_trainers_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['edition_trainers', 'meetings', 'editions', 'offerings'])
      await qr.dropTable(table);
  }
}
