import { Foundation1733000000000 } from './1733000000000-foundation';
import { Municipalities20251733000000001 } from './1733000000001-municipalities-2025';
import { CatalogueScheduling1764500000000 } from './1764500000000-catalogue-scheduling';
import { EditionsOfferingIndex1764600000000 } from './1764600000000-editions-offering-index';
import { Enrolments1764700000000 } from './1764700000000-enrolments';
import { Certificates1764800000000 } from './1764800000000-certificates';
import { Newsletter1764900000000 } from './1764900000000-newsletter';
import { Network1765000000000 } from './1765000000000-network';
import { TrajectoriesAdvice1765100000000 } from './1765100000000-trajectories-advice';
import { Evaluations1765200000000 } from './1765200000000-evaluations';
import { Trust1765300000000 } from './1765300000000-trust';

/** The one ordered set of migrations, for SQLite and PostgreSQL alike. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1733000000000,
  Municipalities20251733000000001,
  CatalogueScheduling1764500000000,
  EditionsOfferingIndex1764600000000,
  Enrolments1764700000000,
  Certificates1764800000000,
  Newsletter1764900000000,
  Network1765000000000,
  TrajectoriesAdvice1765100000000,
  Evaluations1765200000000,
  Trust1765300000000,
];
