import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** One index for "the first upcoming editions of these offerings" (it also serves the foreign key). */
export class EditionsOfferingIndex1764600000000 implements MigrationInterface {
  name = 'EditionsOfferingIndex1764600000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      'editions',
      new TableIndex({
        name: 'ix_editions_offering_upcoming',
        columnNames: ['offering_id', 'status', 'starts_at'],
      }),
    );
    await qr.dropIndex('editions', 'ix_editions_offering');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      'editions',
      new TableIndex({ name: 'ix_editions_offering', columnNames: ['offering_id'] }),
    );
    await qr.dropIndex('editions', 'ix_editions_offering_upcoming');
  }
}
