import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { id, integer, text, timestamp, timestampNow, varchar } from './schema-helpers';

function fk(name: string, column: string, table: string, onDelete: 'SET NULL' | 'CASCADE') {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  });
}

/** JEPzine: subscribers and their consents, issues, one delivery per issue and subscriber, imports. */
export class Newsletter1764900000000 implements MigrationInterface {
  name = 'Newsletter1764900000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('outbox_messages', new TableColumn(text('headers', true)));
    await qr.createTable(
      new Table({
        name: 'newsletter_subscribers',
        columns: [
          id(),
          varchar('email', 254),
          varchar('name', 200, true),
          varchar('status', 12, false, 'pending'),
          varchar('topics', 200, false, ''),
          varchar('locale', 5, false, 'nl'),
          varchar('manage_token', 64),
          varchar('confirm_token_hash', 64, true),
          timestamp(qr, 'confirm_sent_at', true),
          integer('user_id', true),
          timestamp(qr, 'subscribed_at', true),
          timestamp(qr, 'unsubscribed_at', true),
          timestamp(qr, 'bounced_at', true),
          varchar('bounce_reason', 500, true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_newsletter_subscribers_email',
            columnNames: ['email'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_newsletter_subscribers_token',
            columnNames: ['manage_token'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_newsletter_subscribers_status', columnNames: ['status'] }),
          new TableIndex({ name: 'ix_newsletter_subscribers_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [fk('fk_newsletter_subscribers_user', 'user_id', 'users', 'SET NULL')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'newsletter_consents',
        columns: [
          id(),
          integer('subscriber_id'),
          varchar('source', 10),
          varchar('form_version', 40),
          text('consent_text'),
          varchar('import_note', 500, true),
          timestamp(qr, 'requested_at'),
          timestamp(qr, 'confirmed_at', true),
          timestamp(qr, 'withdrawn_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_newsletter_consents_subscriber',
            columnNames: ['subscriber_id'],
          }),
        ],
        foreignKeys: [
          fk(
            'fk_newsletter_consents_subscriber',
            'subscriber_id',
            'newsletter_subscribers',
            'CASCADE',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'newsletter_issues',
        columns: [
          id(),
          varchar('slug', 120),
          varchar('title', 200),
          varchar('summary', 500),
          text('body_markdown'),
          varchar('audiences', 200, false, ''),
          varchar('status', 10, false, 'draft'),
          timestamp(qr, 'scheduled_at', true),
          timestamp(qr, 'started_at', true),
          timestamp(qr, 'finished_at', true),
          integer('recovered_in_flight', false, 0),
          integer('created_by', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_newsletter_issues_slug',
            columnNames: ['slug'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_newsletter_issues_status', columnNames: ['status'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'newsletter_deliveries',
        columns: [
          id(),
          integer('issue_id'),
          integer('subscriber_id'),
          varchar('status', 10, false, 'queued'),
          integer('attempts', false, 0),
          timestamp(qr, 'next_attempt_at'),
          varchar('locked_by', 100, true),
          timestamp(qr, 'locked_at', true),
          varchar('last_error', 1000, true),
          timestamp(qr, 'sent_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_newsletter_deliveries_issue_subscriber',
            columnNames: ['issue_id', 'subscriber_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_newsletter_deliveries_due',
            columnNames: ['status', 'next_attempt_at'],
          }),
          new TableIndex({
            name: 'ix_newsletter_deliveries_issue_status',
            columnNames: ['issue_id', 'status'],
          }),
        ],
        foreignKeys: [
          fk('fk_newsletter_deliveries_issue', 'issue_id', 'newsletter_issues', 'CASCADE'),
          fk(
            'fk_newsletter_deliveries_subscriber',
            'subscriber_id',
            'newsletter_subscribers',
            'CASCADE',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'newsletter_imports',
        columns: [
          id(),
          integer('created_by'),
          varchar('filename', 200),
          text('content'),
          text('report'),
          timestamp(qr, 'applied_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_newsletter_imports_created_by',
            columnNames: ['created_by'],
          }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('newsletter_imports');
    await qr.dropTable('newsletter_deliveries');
    await qr.dropTable('newsletter_issues');
    await qr.dropTable('newsletter_consents');
    await qr.dropTable('newsletter_subscribers');
    await qr.dropColumn('outbox_messages', 'headers');
  }
}
