import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import {
  boolean,
  fk,
  id,
  insertRows,
  integer,
  text,
  timestamp,
  timestampNow,
  varchar,
} from './schema-helpers';

function index(name: string, columnNames: string[], isUnique = false): TableIndex {
  return new TableIndex({ name, columnNames, isUnique });
}

/** The default JOS phases; staff rename, reorder and add the ones between the first and last. */
const PHASES: [string, string, string, string | null][] = [
  ['aanvraag', 'Aanvraag', 'Application', null],
  ['intake', 'Intake', 'Intake', 'start'],
  ['verkenning', 'Verkenning', 'Exploration', null],
  ['plan_van_aanpak', 'Plan van aanpak', 'Plan of approach', null],
  ['uitvoering', 'Uitvoering', 'Implementation', null],
  ['borging_evaluatie', 'Borging en evaluatie', 'Embedding and evaluation', 'end'],
  ['afgerond', 'Afgerond', 'Completed', null],
];

/** The default Advies op Maat topics; staff manage the list. */
const TOPICS: [string, string, string][] = [
  ['remark_in_class', 'Een zorgwekkende uitspraak of signaal', 'A worrying remark or signal'],
  ['online_influences', 'Online invloeden', 'Online influences'],
  ['tension_between_groups', 'Spanningen tussen groepen', 'Tension between groups'],
  ['local_approach', 'Een lokale aanpak opzetten', 'Setting up a local approach'],
  ['information_sharing', 'Informatie delen met partners', 'Sharing information with partners'],
  ['conversation', 'Het gesprek aangaan over extreme idealen', 'Talking about extreme ideals'],
  ['other', 'Iets anders', 'Something else'],
];

/** JOS trajectories (issue 8) and Advies op Maat (issue 9). */
export class TrajectoriesAdvice1765100000000 implements MigrationInterface {
  name = 'TrajectoriesAdvice1765100000000';

  async up(qr: QueryRunner): Promise<void> {
    await this.trajectories(qr);
    await this.advice(qr);
  }

  private async trajectories(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'trajectory_phases',
        columns: [
          id(),
          varchar('key', 40),
          varchar('name_nl', 80),
          varchar('name_en', 80),
          varchar('description_nl', 500, false, ''),
          varchar('description_en', 500, false, ''),
          integer('position'),
          varchar('opens_assessment', 5, true),
          boolean(qr, 'active', true),
        ],
        indices: [index('uq_trajectory_phases_key', ['key'], true)],
      }),
    );
    await insertRows(
      qr,
      'trajectory_phases',
      ['key', 'name_nl', 'name_en', 'position', 'opens_assessment'],
      PHASES.map(([key, nl, en, opens], i) => [key, nl, en, (i + 1) * 10, opens]),
    );
    await qr.createTable(
      new Table({
        name: 'trajectories',
        columns: [
          id(),
          varchar('title', 200),
          varchar('municipality_code', 6),
          text('question'),
          { ...text('goals'), default: "''" },
          varchar('hoped_start', 100),
          varchar('start_date', 10, true),
          varchar('planned_end_date', 10, true),
          integer('phase_id'),
          varchar('status', 10, false, 'active'),
          varchar('closing_reason', 2000, true),
          integer('coach_id', true),
          integer('applicant_id'),
          timestamp(qr, 'closed_at', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          index('ix_trajectories_phase', ['phase_id']),
          index('ix_trajectories_municipality', ['municipality_code']),
          index('ix_trajectories_coach', ['coach_id']),
        ],
        foreignKeys: [
          fk(
            'fk_trajectories_municipality',
            'municipality_code',
            'municipalities',
            'RESTRICT',
            'code',
          ),
          fk('fk_trajectories_phase', 'phase_id', 'trajectory_phases', 'RESTRICT'),
        ],
      }),
    );
    const child = (name: string) => fk(name, 'trajectory_id', 'trajectories', 'CASCADE');
    await qr.createTable(
      new Table({
        name: 'trajectory_organisations',
        columns: [
          id(),
          integer('trajectory_id'),
          varchar('kind', 10),
          varchar('name', 200),
          integer('network_organisation_id', true),
          integer('position', false, 0),
        ],
        indices: [index('ix_trajectory_organisations_trajectory', ['trajectory_id'])],
        foreignKeys: [child('fk_trajectory_orgs_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_members',
        columns: [
          id(),
          integer('trajectory_id'),
          integer('user_id'),
          integer('organisation_id', true),
          varchar('role_description', 200, false, ''),
          boolean(qr, 'is_contact', false),
          varchar('status', 10, false, 'active'),
          integer('invited_by', true),
          timestamp(qr, 'removed_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          index('uq_trajectory_members_user', ['trajectory_id', 'user_id'], true),
          index('ix_trajectory_members_user', ['user_id']),
        ],
        foreignKeys: [
          child('fk_trajectory_members_trajectory'),
          fk('fk_trajectory_members_user', 'user_id', 'users', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_phase_changes',
        columns: [
          id(),
          integer('trajectory_id'),
          integer('from_phase_id', true),
          integer('to_phase_id'),
          varchar('status', 10),
          varchar('note', 2000, true),
          integer('changed_by', true),
          timestamp(qr, 'changed_at'),
        ],
        indices: [index('ix_trajectory_phase_changes_trajectory', ['trajectory_id', 'changed_at'])],
        foreignKeys: [child('fk_trajectory_phase_changes_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_log_entries',
        columns: [
          id(),
          integer('trajectory_id'),
          varchar('kind', 10),
          varchar('occurred_on', 10),
          varchar('title', 200),
          text('body'),
          varchar('other_attendees', 500, false, ''),
          integer('author_id'),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [index('ix_trajectory_log_trajectory', ['trajectory_id', 'occurred_on'])],
        foreignKeys: [child('fk_trajectory_log_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_log_attendees',
        columns: [
          { ...integer('entry_id'), isPrimary: true },
          { ...integer('user_id'), isPrimary: true },
        ],
        foreignKeys: [
          fk('fk_trajectory_log_attendees_entry', 'entry_id', 'trajectory_log_entries', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_actions',
        columns: [
          id(),
          integer('trajectory_id'),
          varchar('title', 300),
          varchar('description', 2000, false, ''),
          integer('owner_id'),
          varchar('due_on', 10),
          varchar('status', 5, false, 'open'),
          timestamp(qr, 'done_at', true),
          integer('done_by', true),
          timestamp(qr, 'overdue_notified_at', true),
          integer('created_by'),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          index('ix_trajectory_actions_trajectory', ['trajectory_id', 'status', 'due_on']),
          index('ix_trajectory_actions_due', ['status', 'due_on']),
        ],
        foreignKeys: [child('fk_trajectory_actions_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_links',
        columns: [
          id(),
          integer('trajectory_id'),
          varchar('title', 200),
          varchar('url', 1000),
          integer('added_by'),
          timestampNow(qr, 'created_at'),
        ],
        indices: [index('ix_trajectory_links_trajectory', ['trajectory_id'])],
        foreignKeys: [child('fk_trajectory_links_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_assessments',
        columns: [
          id(),
          integer('trajectory_id'),
          varchar('moment', 5),
          integer('user_id'),
          integer('organisation_id', true),
          timestamp(qr, 'submitted_at'),
        ],
        indices: [
          index('uq_trajectory_assessments_member', ['trajectory_id', 'moment', 'user_id'], true),
        ],
        foreignKeys: [child('fk_trajectory_assessments_trajectory')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'trajectory_assessment_scores',
        columns: [
          { ...integer('assessment_id'), isPrimary: true },
          { ...varchar('factor', 40), isPrimary: true },
          integer('score'),
          varchar('comment', 1000, false, ''),
        ],
        foreignKeys: [
          fk(
            'fk_trajectory_assessment_scores_assessment',
            'assessment_id',
            'trajectory_assessments',
            'CASCADE',
          ),
        ],
      }),
    );
  }

  private async advice(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'advice_topics',
        columns: [
          id(),
          varchar('key', 40),
          varchar('name_nl', 120),
          varchar('name_en', 120),
          integer('position'),
          boolean(qr, 'active', true),
        ],
        indices: [index('uq_advice_topics_key', ['key'], true)],
      }),
    );
    await insertRows(
      qr,
      'advice_topics',
      ['key', 'name_nl', 'name_en', 'position'],
      TOPICS.map(([key, nl, en], i) => [key, nl, en, (i + 1) * 10]),
    );
    await qr.createTable(
      new Table({
        name: 'advice_requests',
        columns: [
          id(),
          varchar('reference', 20),
          varchar('status', 12),
          integer('requester_id', true),
          varchar('requester_name', 200),
          varchar('requester_email', 254),
          varchar('requester_phone', 30, true),
          varchar('organisation', 200),
          varchar('requester_role', 200),
          varchar('locale', 5, false, 'nl'),
          varchar('municipality_code', 6),
          integer('topic_id'),
          text('question'),
          varchar('urgency', 10),
          varchar('contact_preference', 10),
          integer('adviser_id', true),
          varchar('referred_to', 300, true),
          varchar('close_reason', 1000, true),
          varchar('verification_token_hash', 64, true),
          varchar('access_token_hash', 64, true),
          varchar('follow_up_token_hash', 64, true),
          timestamp(qr, 'submitted_at', true),
          timestamp(qr, 'first_response_at', true),
          timestamp(qr, 'closed_at', true),
          timestamp(qr, 'follow_up_sent_at', true),
          timestamp(qr, 'anonymised_at', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          index('ix_advice_requests_status', ['status', 'submitted_at']),
          index('ix_advice_requests_requester', ['requester_id']),
          index('ix_advice_requests_adviser', ['adviser_id']),
          index('uq_advice_requests_reference', ['reference'], true),
        ],
        foreignKeys: [
          fk(
            'fk_advice_requests_municipality',
            'municipality_code',
            'municipalities',
            'RESTRICT',
            'code',
          ),
          fk('fk_advice_requests_topic', 'topic_id', 'advice_topics', 'RESTRICT'),
        ],
      }),
    );
    const child = (name: string) => fk(name, 'request_id', 'advice_requests', 'CASCADE');
    await qr.createTable(
      new Table({
        name: 'advice_messages',
        columns: [
          id(),
          integer('request_id'),
          varchar('direction', 15),
          integer('author_id', true),
          text('body'),
          timestampNow(qr, 'created_at'),
        ],
        indices: [index('ix_advice_messages_request', ['request_id', 'created_at'])],
        foreignKeys: [child('fk_advice_messages_request')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'advice_notes',
        columns: [
          id(),
          integer('request_id'),
          integer('author_id'),
          text('body'),
          timestampNow(qr, 'created_at'),
        ],
        indices: [index('ix_advice_notes_request', ['request_id', 'created_at'])],
        foreignKeys: [child('fk_advice_notes_request')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'advice_appointments',
        columns: [
          id(),
          integer('request_id'),
          timestamp(qr, 'starts_at'),
          timestamp(qr, 'ends_at'),
          varchar('mode', 10),
          varchar('location', 500, false, ''),
          integer('adviser_id'),
          integer('sequence', false, 0),
          timestamp(qr, 'cancelled_at', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [index('ix_advice_appointments_request', ['request_id'])],
        foreignKeys: [child('fk_advice_appointments_request')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'advice_status_changes',
        columns: [
          id(),
          integer('request_id'),
          varchar('from_status', 12, true),
          varchar('to_status', 12),
          integer('changed_by', true),
          timestamp(qr, 'changed_at'),
        ],
        indices: [index('ix_advice_status_changes_request', ['request_id', 'changed_at'])],
        foreignKeys: [child('fk_advice_status_changes_request')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'advice_follow_ups',
        columns: [
          { ...integer('request_id'), isPrimary: true },
          integer('usefulness'),
          varchar('comment', 2000, false, ''),
          timestamp(qr, 'answered_at'),
        ],
        foreignKeys: [child('fk_advice_follow_ups_request')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'advice_overdue_digests',
        columns: [
          { ...integer('adviser_id'), isPrimary: true },
          { ...varchar('sent_on', 10), isPrimary: true },
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'advice_overdue_digests',
      'advice_follow_ups',
      'advice_status_changes',
      'advice_appointments',
      'advice_notes',
      'advice_messages',
      'advice_requests',
      'advice_topics',
      'trajectory_assessment_scores',
      'trajectory_assessments',
      'trajectory_links',
      'trajectory_actions',
      'trajectory_log_attendees',
      'trajectory_log_entries',
      'trajectory_phase_changes',
      'trajectory_members',
      'trajectory_organisations',
      'trajectories',
      'trajectory_phases',
    ])
      await qr.dropTable(table);
  }
}
