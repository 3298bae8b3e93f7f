import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { id, integer, timestamp, timestampNow, varchar } from './schema-helpers';

function fk(name: string, column: string, table: string) {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete: 'SET NULL',
  });
}

/** Certificates, with their facts frozen at issue. */
export class Certificates1764800000000 implements MigrationInterface {
  name = 'Certificates1764800000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'certificates',
        columns: [
          id(),
          varchar('code', 32),
          integer('enrolment_id', true),
          integer('user_id', true),
          integer('edition_id', true),
          varchar('holder_name', 200),
          varchar('skj_number', 20, true),
          varchar('offering_title', 200),
          varchar('edition_title', 200),
          varchar('starts_on', 10),
          varchar('ends_on', 10),
          integer('study_load_hours'),
          integer('skj_points'),
          timestamp(qr, 'issued_at'),
          integer('issued_by', true),
          varchar('issue_reason', 500, true),
          timestamp(qr, 'revoked_at', true),
          varchar('revoke_reason', 500, true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_certificates_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'ix_certificates_enrolment', columnNames: ['enrolment_id'] }),
          new TableIndex({ name: 'ix_certificates_user', columnNames: ['user_id'] }),
          new TableIndex({ name: 'ix_certificates_edition', columnNames: ['edition_id'] }),
        ],
        foreignKeys: [
          fk('fk_certificates_enrolment', 'enrolment_id', 'enrolments'),
          fk('fk_certificates_user', 'user_id', 'users'),
          fk('fk_certificates_edition', 'edition_id', 'editions'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('certificates');
  }
}
