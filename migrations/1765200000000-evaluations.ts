import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { boolean, fk, id, integer, text, timestamp, timestampNow, varchar } from './schema-helpers';

function index(name: string, columnNames: string[], isUnique = false): TableIndex {
  return new TableIndex({ name, columnNames, isUnique });
}

/** Evidence Based Werken (issue 10): questionnaires, invitations, anonymous responses. */
export class Evaluations1765200000000 implements MigrationInterface {
  name = 'Evaluations1765200000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'questionnaires',
        columns: [
          id(),
          varchar('title', 200),
          varchar('intro', 2000, false, ''),
          varchar('kind', 10),
          integer('version', false, 1),
          boolean(qr, 'archived', false),
          integer('created_by', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'questionnaire_sections',
        columns: [
          id(),
          integer('questionnaire_id'),
          varchar('title', 200),
          boolean(qr, 'is_scale', false),
          integer('position', false, 0),
        ],
        indices: [index('ix_questionnaire_sections_questionnaire', ['questionnaire_id'])],
        foreignKeys: [
          fk(
            'fk_questionnaire_sections_questionnaire',
            'questionnaire_id',
            'questionnaires',
            'CASCADE',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'questionnaire_items',
        columns: [
          id(),
          integer('questionnaire_id'),
          integer('section_id', true),
          integer('position', false, 0),
          varchar('type', 10),
          varchar('text', 500),
          boolean(qr, 'required', true),
          integer('scale_points', true),
          text('point_labels', true),
          text('options', true),
          integer('added_in_version', false, 1),
          integer('hidden_in_version', true),
        ],
        indices: [index('ix_questionnaire_items_questionnaire', ['questionnaire_id', 'position'])],
        foreignKeys: [
          fk(
            'fk_questionnaire_items_questionnaire',
            'questionnaire_id',
            'questionnaires',
            'CASCADE',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'offering_questionnaires',
        columns: [
          { ...integer('offering_id'), isPrimary: true },
          { ...varchar('kind', 10), isPrimary: true },
          integer('questionnaire_id'),
        ],
        foreignKeys: [
          fk('fk_offering_questionnaires_offering', 'offering_id', 'offerings', 'CASCADE'),
          fk(
            'fk_offering_questionnaires_questionnaire',
            'questionnaire_id',
            'questionnaires',
            'RESTRICT',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'evaluation_invitations',
        columns: [
          id(),
          integer('enrolment_id'),
          integer('edition_id'),
          integer('questionnaire_id'),
          varchar('moment', 10),
          timestamp(qr, 'closes_at', true),
          timestamp(qr, 'reminded_at', true),
          timestamp(qr, 'submitted_at', true),
          text('draft', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          index('uq_evaluation_invitations_enrolment_moment', ['enrolment_id', 'moment'], true),
          index('ix_evaluation_invitations_edition', ['edition_id', 'moment']),
        ],
        foreignKeys: [
          fk('fk_evaluation_invitations_enrolment', 'enrolment_id', 'enrolments', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'evaluation_responses',
        columns: [
          id(),
          integer('questionnaire_id'),
          integer('questionnaire_version'),
          integer('edition_id'),
          integer('offering_id'),
          varchar('moment', 10),
          varchar('pair_key', 64, true),
          varchar('submitted_on', 10),
        ],
        indices: [
          index('ix_evaluation_responses_edition', ['edition_id', 'moment']),
          index('ix_evaluation_responses_offering', ['offering_id', 'moment', 'submitted_on']),
          index('ix_evaluation_responses_questionnaire', ['questionnaire_id', 'moment']),
          index('ix_evaluation_responses_pair', ['pair_key']),
          index('ix_evaluation_responses_moment_day', ['moment', 'submitted_on']),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'evaluation_answers',
        columns: [
          id(),
          integer('response_id'),
          integer('item_id'),
          integer('value_number', true),
          text('value_text', true),
        ],
        indices: [
          index('ix_evaluation_answers_response_item', ['response_id', 'item_id', 'value_number']),
          index('ix_evaluation_answers_item', ['item_id', 'value_number']),
        ],
        foreignKeys: [
          fk('fk_evaluation_answers_response', 'response_id', 'evaluation_responses', 'CASCADE'),
        ],
      }),
    );
    // The reports count distinct people per edition and status, and attendance per meeting and
    // status, from an index alone (measured in the reports bench).
    await qr.createIndex(
      'enrolments',
      index('ix_enrolments_edition_status_user', ['edition_id', 'status', 'user_id']),
    );
    await qr.dropIndex('attendance', 'ix_attendance_meeting');
    await qr.createIndex(
      'attendance',
      index('ix_attendance_meeting_status', ['meeting_id', 'status']),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('enrolments', 'ix_enrolments_edition_status_user');
    await qr.dropIndex('attendance', 'ix_attendance_meeting_status');
    await qr.createIndex('attendance', index('ix_attendance_meeting', ['meeting_id']));
    for (const table of [
      'evaluation_answers',
      'evaluation_responses',
      'evaluation_invitations',
      'offering_questionnaires',
      'questionnaire_items',
      'questionnaire_sections',
      'questionnaires',
    ])
      await qr.dropTable(table);
  }
}
