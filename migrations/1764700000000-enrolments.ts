import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { id, integer, text, timestamp, timestampNow, varchar } from './schema-helpers';

function fk(name: string, column: string, table: string, referenced = 'id') {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete: 'CASCADE',
  });
}

/** Enrolments, attendance, reminders sent, calendar feeds; calendar parts on outbox messages. */
export class Enrolments1764700000000 implements MigrationInterface {
  name = 'Enrolments1764700000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('editions', new TableColumn(timestamp(qr, 'cancellation_closes_at', true)));
    await qr.addColumn('meetings', new TableColumn(integer('sequence', false, 0)));
    await qr.addColumn('offerings', new TableColumn(integer('offer_confirm_days', true)));
    await qr.addColumn('outbox_messages', new TableColumn(text('calendar', true)));
    await qr.createTable(
      new Table({
        name: 'enrolments',
        columns: [
          id(),
          integer('edition_id'),
          integer('user_id'),
          varchar('status', 12),
          integer('waitlist_seq', true),
          timestamp(qr, 'status_changed_at'),
          timestamp(qr, 'offer_expires_at', true),
          varchar('offer_token_hash', 64, true),
          varchar('cancel_reason', 20, true),
          varchar('completion', 14, true),
          varchar('completion_note', 500, true),
          integer('calendar_sequence', false, 0),
          integer('enrolled_by', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_enrolments_edition_user',
            columnNames: ['edition_id', 'user_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_enrolments_queue',
            columnNames: ['edition_id', 'status', 'waitlist_seq'],
          }),
          new TableIndex({ name: 'ix_enrolments_user', columnNames: ['user_id'] }),
          new TableIndex({ name: 'ix_enrolments_offer_token', columnNames: ['offer_token_hash'] }),
        ],
        foreignKeys: [
          fk('fk_enrolments_edition', 'edition_id', 'editions'),
          fk('fk_enrolments_user', 'user_id', 'users'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'attendance',
        columns: [
          { ...integer('enrolment_id'), isPrimary: true },
          { ...integer('meeting_id'), isPrimary: true },
          varchar('status', 10),
          integer('marked_by', true),
          timestamp(qr, 'marked_at'),
        ],
        indices: [new TableIndex({ name: 'ix_attendance_meeting', columnNames: ['meeting_id'] })],
        foreignKeys: [
          fk('fk_attendance_enrolment', 'enrolment_id', 'enrolments'),
          fk('fk_attendance_meeting', 'meeting_id', 'meetings'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'enrolment_reminders',
        columns: [
          { ...integer('enrolment_id'), isPrimary: true },
          { ...integer('meeting_id'), isPrimary: true },
          timestamp(qr, 'sent_at'),
        ],
        foreignKeys: [
          fk('fk_enrolment_reminders_enrolment', 'enrolment_id', 'enrolments'),
          fk('fk_enrolment_reminders_meeting', 'meeting_id', 'meetings'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [
          { ...integer('user_id'), isPrimary: true },
          varchar('token_hash', 64),
          timestamp(qr, 'last_used_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_calendar_feeds_token',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('fk_calendar_feeds_user', 'user_id', 'users')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('calendar_feeds');
    await qr.dropTable('enrolment_reminders');
    await qr.dropTable('attendance');
    await qr.dropTable('enrolments');
    await qr.dropColumn('outbox_messages', 'calendar');
    await qr.dropColumn('offerings', 'offer_confirm_days');
    await qr.dropColumn('meetings', 'sequence');
    await qr.dropColumn('editions', 'cancellation_closes_at');
  }
}
