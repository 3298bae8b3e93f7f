import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableColumnOptions,
  TableIndex,
} from 'typeorm';
import { fk, id, integer, isPostgres, timestamp, timestampNow, varchar } from './schema-helpers';

/**
 * A nullable column added in place. On SQLite TypeORM's addColumn rebuilds the table (copy, drop,
 * rename), and dropping `users` with foreign keys on would cascade into every table that refers
 * to it; SQLite's own ALTER TABLE … ADD COLUMN changes nothing else.
 */
async function addNullableColumn(
  qr: QueryRunner,
  table: string,
  column: TableColumnOptions,
): Promise<void> {
  if (isPostgres(qr)) return qr.addColumn(table, new TableColumn(column));
  const type = column.length ? `${column.type}(${column.length})` : column.type;
  await qr.query(`ALTER TABLE "${table}" ADD COLUMN "${column.name}" ${type} NULL`);
}

/** Trust (issue 11): two-factor login, session details, account deletion, retention settings. */
export class Trust1765300000000 implements MigrationInterface {
  name = 'Trust1765300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'user_two_factor',
        columns: [
          { ...integer('user_id'), isPrimary: true },
          varchar('secret_encrypted', 300),
          timestamp(qr, 'enabled_at', true),
          integer('last_used_step', true),
          timestampNow(qr, 'created_at'),
        ],
        foreignKeys: [fk('fk_user_two_factor_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'user_recovery_codes',
        columns: [
          id(),
          integer('user_id'),
          varchar('code_hash', 64),
          timestamp(qr, 'used_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_user_recovery_codes_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [fk('fk_user_recovery_codes_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'retention_settings',
        columns: [
          { ...varchar('kind', 40), isPrimary: true },
          integer('days'),
          integer('updated_by', true),
          timestamp(qr, 'updated_at'),
        ],
      }),
    );
    await addNullableColumn(qr, 'sessions', timestamp(qr, 'created_at', true));
    await addNullableColumn(qr, 'sessions', timestamp(qr, 'last_seen_at', true));
    await addNullableColumn(qr, 'sessions', varchar('user_agent', 300, true));
    await addNullableColumn(qr, 'users', timestamp(qr, 'anonymised_at', true));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('users', 'anonymised_at');
    for (const column of ['user_agent', 'last_seen_at', 'created_at'])
      await qr.dropColumn('sessions', column);
    for (const table of ['retention_settings', 'user_recovery_codes', 'user_two_factor'])
      await qr.dropTable(table);
  }
}
