import { isEmail } from 'class-validator';
import type { FieldProblem } from '../common/forms/form-invalid.error';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';

/**
 * The JOS application form. The body parser does not nest, so repeated parts are flat numbered
 * fields: school1..3 (a listed school's id) with schoolName1..3 (a school not listed),
 * youthWork1..3 / youthWorkName1..3, and contact rows contactName1..6, contactEmail1..6,
 * contactSide1..6, contactRole1..6. Blank rows are ignored.
 */
export const ORGANISATION_ROWS = 3;
export const CONTACT_ROWS = 6;

export const APPLICATION_MAX = {
  question: 5000,
  hopedStart: 100,
  orgName: 200,
  contactName: 200,
  contactRole: 200,
  email: 254,
} as const;

export const SIDES: readonly TrajectoryOrganisationKind[] = ['school', 'youth_work'];

const ORG_FIELD: Record<TrajectoryOrganisationKind, { listed: string; name: string }> = {
  school: { listed: 'school', name: 'schoolName' },
  youth_work: { listed: 'youthWork', name: 'youthWorkName' },
};

export function orgFields(kind: TrajectoryOrganisationKind, row: number) {
  return { listed: `${ORG_FIELD[kind].listed}${row}`, name: `${ORG_FIELD[kind].name}${row}` };
}

export function contactFields(row: number) {
  return {
    name: `contactName${row}`,
    email: `contactEmail${row}`,
    side: `contactSide${row}`,
    role: `contactRole${row}`,
  };
}

/** Every field name of the form (for the DTO, which strips anything undeclared). */
export function applicationFieldNames(): string[] {
  const names = ['municipality', 'question', 'hopedStart'];
  for (const kind of SIDES)
    for (let row = 1; row <= ORGANISATION_ROWS; row++)
      names.push(...Object.values(orgFields(kind, row)));
  for (let row = 1; row <= CONTACT_ROWS; row++) names.push(...Object.values(contactFields(row)));
  return names;
}

export interface ApplicationOrganisation {
  kind: TrajectoryOrganisationKind;
  name: string;
  networkOrganisationId: number | null;
}

export interface ApplicationContact {
  name: string;
  email: string;
  side: TrajectoryOrganisationKind;
  role: string;
}

export interface ApplicationInput {
  municipalityCode: string;
  question: string;
  hopedStart: string;
  organisations: ApplicationOrganisation[];
  contacts: ApplicationContact[];
}

export interface ApplicationContext {
  isMunicipality: (code: string) => boolean;
  /** Listed organisations that may be chosen on each side: id → name. */
  listed: Record<TrajectoryOrganisationKind, Map<number, string>>;
}

/** Plain text from one form value: a repeated field or anything not a string is invalid. */
class Reader {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly body: Record<string, unknown>) {}

  text(field: string, max: number, required: boolean, multiline = false): string {
    const raw = this.body[field];
    if (raw === undefined || raw === null) {
      if (required) this.problem(field, 'validation.required');
      return '';
    }
    if (typeof raw !== 'string') {
      this.problem(field, 'validation.invalid');
      return '';
    }
    const value = multiline ? raw.replace(/\r\n?/g, '\n').trim() : raw.replace(/\s+/g, ' ').trim();
    if (!value && required) this.problem(field, 'validation.required');
    else if (value.length > max) this.problem(field, 'validation.tooLong', { max });
    return value;
  }

  problem(field: string, message: string, params?: Record<string, string | number>) {
    if (this.problems.some((p) => p.field === field)) return;
    this.problems.push({ field, message: message as FieldProblem['message'], params });
  }
}

/** Reads and checks the application form; every problem is reported at its field at once. */
export function readApplicationForm(
  form: unknown,
  context: ApplicationContext,
): { input: ApplicationInput; problems: FieldProblem[] } {
  const body = (form && typeof form === 'object' ? form : {}) as Record<string, unknown>;
  const r = new Reader(body);
  const municipalityCode = r.text('municipality', 6, true);
  if (municipalityCode && !context.isMunicipality(municipalityCode))
    r.problem('municipality', 'trajectories.apply.error.municipality');

  const organisations: ApplicationOrganisation[] = [];
  for (const kind of SIDES) {
    let found = 0;
    const seen = new Set<string>();
    for (let row = 1; row <= ORGANISATION_ROWS; row++) {
      const fields = orgFields(kind, row);
      const listedRaw = r.text(fields.listed, 12, false);
      const name = r.text(fields.name, APPLICATION_MAX.orgName, false);
      let org: ApplicationOrganisation | null = null;
      if (listedRaw) {
        const id = /^\d{1,9}$/.test(listedRaw) ? Number(listedRaw) : NaN;
        const listedName = context.listed[kind].get(id);
        if (!listedName) r.problem(fields.listed, 'validation.choose');
        else org = { kind, name: listedName, networkOrganisationId: id };
        if (name) r.problem(fields.name, 'trajectories.apply.error.listedAndName');
      } else if (name) {
        org = { kind, name, networkOrganisationId: null };
      }
      if (!org) continue;
      const key = org.networkOrganisationId
        ? `#${org.networkOrganisationId}`
        : org.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      organisations.push(org);
      found += 1;
    }
    if (!found)
      r.problem(
        orgFields(kind, 1).listed,
        kind === 'school'
          ? 'trajectories.apply.error.noSchool'
          : 'trajectories.apply.error.noYouthWork',
      );
  }

  const contacts: ApplicationContact[] = [];
  for (let row = 1; row <= CONTACT_ROWS; row++) {
    const f = contactFields(row);
    const name = r.text(f.name, APPLICATION_MAX.contactName, false);
    const email = r.text(f.email, APPLICATION_MAX.email, false).toLowerCase();
    const role = r.text(f.role, APPLICATION_MAX.contactRole, false);
    const sideRaw = r.text(f.side, 20, false);
    if (!name && !email && !role) continue;
    if (!name) r.problem(f.name, 'trajectories.apply.error.contactName', { n: row });
    if (!email) r.problem(f.email, 'trajectories.apply.error.contactEmail', { n: row });
    else if (!isEmail(email)) r.problem(f.email, 'validation.email');
    const side = SIDES.find((s) => s === sideRaw);
    if (!side) r.problem(f.side, 'validation.choose');
    if (name && email && isEmail(email) && side) {
      if (contacts.some((c) => c.email === email))
        r.problem(f.email, 'trajectories.apply.error.contactTwice');
      else contacts.push({ name, email, side, role });
    }
  }

  const question = r.text('question', APPLICATION_MAX.question, true, true);
  const hopedStart = r.text('hopedStart', APPLICATION_MAX.hopedStart, true);
  return {
    input: { municipalityCode, question, hopedStart, organisations, contacts },
    problems: r.problems,
  };
}

/** "JOS Zwolle: Thorbecke en Travers Welzijn", at most 200 characters. */
export function trajectoryTitle(municipality: string, organisations: ApplicationOrganisation[]) {
  const school = organisations.find((o) => o.kind === 'school')?.name ?? '';
  const youth = organisations.find((o) => o.kind === 'youth_work')?.name ?? '';
  const title = `JOS ${municipality}: ${school} & ${youth}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
