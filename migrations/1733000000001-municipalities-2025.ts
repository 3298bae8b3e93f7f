import { MigrationInterface, QueryRunner } from 'typeorm';
import { MUNICIPALITIES, PROVINCES } from '../src/geo/municipalities.data';
import { insertRows } from './schema-helpers';

/** Reference data: the 12 provinces and 342 municipalities of 1 January 2025 (CBS). */
export class Municipalities20251733000000001 implements MigrationInterface {
  name = 'Municipalities20251733000000001';

  async up(qr: QueryRunner): Promise<void> {
    await insertRows(
      qr,
      'provinces',
      ['code', 'name'],
      PROVINCES.map((p) => [p.code, p.name]),
    );
    await insertRows(
      qr,
      'municipalities',
      ['code', 'name', 'province_code'],
      MUNICIPALITIES.map((m) => [m.code, m.name, m.province]),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DELETE FROM municipalities');
    await qr.query('DELETE FROM provinces');
  }
}
