import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { id, integer, text, timestamp, timestampNow, varchar } from './schema-helpers';

/** Accounts, sessions, login throttling, the mail outbox, the audit log and the geography tables. */
export class Foundation1733000000000 implements MigrationInterface {
  name = 'Foundation1733000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'provinces',
        columns: [{ ...varchar('code', 4), isPrimary: true }, varchar('name', 100)],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'municipalities',
        columns: [
          { ...varchar('code', 6), isPrimary: true },
          varchar('name', 100),
          varchar('province_code', 4),
        ],
        indices: [
          new TableIndex({ name: 'ix_municipalities_province', columnNames: ['province_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_municipalities_province',
            columnNames: ['province_code'],
            referencedTableName: 'provinces',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          varchar('email', 254),
          varchar('name', 200),
          varchar('password_hash', 255),
          varchar('role', 20, false, 'professional'),
          varchar('organisation', 200),
          varchar('job_title', 200),
          varchar('sector', 40),
          varchar('municipality_code', 6),
          varchar('skj_number', 20, true),
          varchar('locale', 5, false, 'nl'),
          timestamp(qr, 'email_verified_at', true),
          timestamp(qr, 'deactivated_at', true),
          timestamp(qr, 'last_login_at', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_users_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'ix_users_municipality', columnNames: ['municipality_code'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_users_municipality',
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
        name: 'account_tokens',
        columns: [
          id(),
          integer('user_id'),
          varchar('purpose', 20),
          varchar('token_hash', 64),
          varchar('new_email', 254, true),
          timestamp(qr, 'expires_at'),
          timestamp(qr, 'used_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_account_tokens_user', columnNames: ['user_id'] }),
          new TableIndex({
            name: 'uq_account_tokens_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_account_tokens_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'login_throttles',
        columns: [
          { ...varchar('key', 300), isPrimary: true },
          integer('failures', false, 0),
          timestamp(qr, 'window_started_at'),
          timestamp(qr, 'locked_until', true),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { ...varchar('sid', 128), isPrimary: true },
          integer('user_id', true),
          text('data'),
          timestamp(qr, 'expires_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_sessions_user', columnNames: ['user_id'] }),
          new TableIndex({ name: 'ix_sessions_expires', columnNames: ['expires_at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          id(),
          varchar('to_address', 254),
          varchar('subject', 300),
          varchar('template', 80),
          text('body_text'),
          text('body_html'),
          varchar('status', 10, false, 'pending'),
          integer('attempts', false, 0),
          timestamp(qr, 'next_attempt_at'),
          varchar('locked_by', 100, true),
          timestamp(qr, 'locked_at', true),
          varchar('last_error', 1000, true),
          varchar('transport', 10, true),
          timestamp(qr, 'sent_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_outbox_due', columnNames: ['status', 'next_attempt_at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          id(),
          integer('actor_id', true),
          varchar('actor_email', 254, true),
          varchar('action', 80),
          varchar('subject_type', 40, true),
          varchar('subject_id', 64, true),
          text('detail', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_audit_created', columnNames: ['created_at'] }),
          new TableIndex({ name: 'ix_audit_action', columnNames: ['action'] }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'outbox_messages',
      'sessions',
      'login_throttles',
      'account_tokens',
      'users',
      'municipalities',
      'provinces',
    ]) {
      await qr.dropTable(table);
    }
  }
}
