import { QueryRunner, TableColumnOptions, TableForeignKey } from 'typeorm';

/** Column shapes shared by the migrations, so that SQLite and PostgreSQL get the same schema. */
export function isPostgres(qr: QueryRunner): boolean {
  return qr.connection.driver.options.type === 'postgres';
}

export function timestamp(qr: QueryRunner, name: string, nullable = false): TableColumnOptions {
  return { name, type: isPostgres(qr) ? 'timestamptz' : 'datetime', isNullable: nullable };
}

/** Matches TypeORM's @CreateDateColumn / @UpdateDateColumn defaults on each database. */
export function timestampNow(qr: QueryRunner, name: string): TableColumnOptions {
  return {
    ...timestamp(qr, name),
    default: isPostgres(qr) ? 'now()' : "datetime('now')",
  };
}

export function id(): TableColumnOptions {
  return {
    name: 'id',
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  };
}

export function varchar(
  name: string,
  length: number,
  nullable = false,
  def?: string,
): TableColumnOptions {
  return {
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
    ...(def !== undefined ? { default: `'${def}'` } : {}),
  };
}

export function integer(name: string, nullable = false, def?: number): TableColumnOptions {
  return {
    name,
    type: 'integer',
    isNullable: nullable,
    ...(def !== undefined ? { default: def } : {}),
  };
}

export function text(name: string, nullable = false): TableColumnOptions {
  return { name, type: 'text', isNullable: nullable };
}

/** Inserts rows with plain parameterised SQL (no entity metadata: migrations must not depend on entities). */
export async function insertRows(
  qr: QueryRunner,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  // In chunks: SQLite limits the number of bound parameters per statement.
  const perChunk = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    let n = 0;
    const values = chunk
      .map(() => `(${columns.map(() => (isPostgres(qr) ? `$${++n}` : '?')).join(', ')})`)
      .join(', ');
    await qr.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}

/** A boolean with a default, written the way each driver reads it back (0/1 on SQLite). */
export function boolean(qr: QueryRunner, name: string, def: boolean): TableColumnOptions {
  return { name, type: 'boolean', default: isPostgres(qr) ? def : def ? 1 : 0 };
}

/** A named foreign key on one column (names match the entities' foreignKeyConstraintName). */
export function fk(
  name: string,
  column: string,
  table: string,
  onDelete: 'CASCADE' | 'RESTRICT',
  referenced = 'id',
): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete,
  });
}
