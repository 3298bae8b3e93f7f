import { Foundation1733000000000 } from './1733000000000-foundation';
import { Municipalities20251733000000001 } from './1733000000001-municipalities-2025';
import { CatalogueScheduling1764500000000 } from './1764500000000-catalogue-scheduling';

/** The one ordered set of migrations, for SQLite and PostgreSQL alike. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1733000000000,
  Municipalities20251733000000001,
  CatalogueScheduling1764500000000,
];
