import { Column, ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { isPostgresUrl } from '../config/app-config';

/**
 * Timestamps are stored in UTC: `timestamptz` on PostgreSQL, `datetime` (UTC text) on SQLite.
 * Decorators are evaluated when entity files load, so the type is chosen from DATABASE_URL then;
 * one process talks to one kind of database.
 */
export const TIMESTAMP_TYPE = isPostgresUrl(process.env.DATABASE_URL) ? 'timestamptz' : 'datetime';

export function UtcColumn(options: ColumnOptions = {}) {
  return Column({ type: TIMESTAMP_TYPE, ...options });
}

export function CreatedAtColumn() {
  return CreateDateColumn({ type: TIMESTAMP_TYPE, name: 'created_at' });
}

export function UpdatedAtColumn() {
  return UpdateDateColumn({ type: TIMESTAMP_TYPE, name: 'updated_at' });
}
