import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { ensureNetworkSearchIndex } from './network-search';
import {
  boolean,
  fk,
  id,
  integer,
  isPostgres,
  text,
  timestamp,
  timestampNow,
  varchar,
} from './schema-helpers';

/** The national partner network: listings, their places, tags and contacts, partners, drafts, applications. */
export class Network1765000000000 implements MigrationInterface {
  name = 'Network1765000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'network_organisations',
        columns: [
          id(),
          varchar('slug', 120),
          varchar('name', 200),
          varchar('type', 30),
          varchar('summary', 300),
          text('description'),
          varchar('address', 200, true),
          varchar('postcode', 10, true),
          varchar('city', 100, true),
          varchar('website', 300, true),
          varchar('public_email', 254, true),
          varchar('public_phone', 30, true),
          varchar('member_since', 10),
          varchar('status', 10, false, 'published'),
          { ...text('search_document'), default: "''" },
          timestamp(qr, 'confirmed_at'),
          timestamp(qr, 'freshness_sent_at', true),
          varchar('freshness_token_hash', 64, true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_network_organisations_slug',
            columnNames: ['slug'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_network_organisations_status', columnNames: ['status'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_organisation_expertise',
        columns: [
          { ...integer('organisation_id'), isPrimary: true },
          { ...varchar('expertise', 40), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'ix_network_expertise_key', columnNames: ['expertise'] })],
        foreignKeys: [
          fk('fk_network_expertise_org', 'organisation_id', 'network_organisations', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_organisation_provinces',
        columns: [
          { ...integer('organisation_id'), isPrimary: true },
          { ...varchar('province_code', 4), isPrimary: true },
          boolean(qr, 'whole', false),
        ],
        indices: [
          new TableIndex({ name: 'ix_network_provinces_code', columnNames: ['province_code'] }),
        ],
        foreignKeys: [
          fk('fk_network_provinces_org', 'organisation_id', 'network_organisations', 'CASCADE'),
          fk('fk_network_provinces_province', 'province_code', 'provinces', 'RESTRICT', 'code'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_organisation_municipalities',
        columns: [
          { ...integer('organisation_id'), isPrimary: true },
          { ...varchar('municipality_code', 6), isPrimary: true },
        ],
        indices: [
          new TableIndex({
            name: 'ix_network_municipalities_code',
            columnNames: ['municipality_code'],
          }),
        ],
        foreignKeys: [
          fk(
            'fk_network_municipalities_org',
            'organisation_id',
            'network_organisations',
            'CASCADE',
          ),
          fk(
            'fk_network_municipalities_municipality',
            'municipality_code',
            'municipalities',
            'RESTRICT',
            'code',
          ),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_contacts',
        columns: [
          id(),
          integer('organisation_id'),
          varchar('name', 200),
          varchar('job_title', 200, true),
          varchar('email', 254, true),
          varchar('phone', 30, true),
          varchar('visibility', 10, false, 'staff'),
          integer('position', false, 0),
        ],
        indices: [
          new TableIndex({ name: 'ix_network_contacts_org', columnNames: ['organisation_id'] }),
        ],
        foreignKeys: [
          fk('fk_network_contacts_org', 'organisation_id', 'network_organisations', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_memberships',
        columns: [
          id(),
          integer('user_id'),
          integer('organisation_id'),
          varchar('status', 10),
          varchar('note', 500, true),
          timestamp(qr, 'decided_at', true),
          integer('decided_by', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_network_memberships_user_org',
            columnNames: ['user_id', 'organisation_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_network_memberships_org', columnNames: ['organisation_id'] }),
        ],
        foreignKeys: [
          fk('fk_network_memberships_user', 'user_id', 'users', 'CASCADE'),
          fk('fk_network_memberships_org', 'organisation_id', 'network_organisations', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_drafts',
        columns: [
          id(),
          integer('organisation_id'),
          integer('author_id', true),
          text('content'),
          varchar('status', 10, false, 'draft'),
          varchar('staff_message', 2000, true),
          timestamp(qr, 'submitted_at', true),
          timestamp(qr, 'decided_at', true),
          integer('decided_by', true),
          timestampNow(qr, 'created_at'),
          timestampNow(qr, 'updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_network_drafts_org', columnNames: ['organisation_id'] }),
          new TableIndex({ name: 'ix_network_drafts_status', columnNames: ['status'] }),
        ],
        foreignKeys: [
          fk('fk_network_drafts_org', 'organisation_id', 'network_organisations', 'CASCADE'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'network_applications',
        columns: [
          id(),
          integer('user_id', true),
          varchar('applicant_name', 200),
          varchar('applicant_email', 254),
          text('content'),
          text('motivation'),
          varchar('status', 10, false, 'pending'),
          varchar('decision_message', 2000, true),
          integer('decided_by', true),
          timestamp(qr, 'decided_at', true),
          integer('organisation_id', true),
          timestampNow(qr, 'created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_network_applications_status', columnNames: ['status'] }),
        ],
      }),
    );
    await ensureNetworkSearchIndex(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    if (!isPostgres(qr)) await qr.query('DROP TABLE IF EXISTS network_search');
    for (const table of [
      'network_applications',
      'network_drafts',
      'network_memberships',
      'network_contacts',
      'network_organisation_municipalities',
      'network_organisation_provinces',
      'network_organisation_expertise',
      'network_organisations',
    ])
      await qr.dropTable(table);
  }
}
