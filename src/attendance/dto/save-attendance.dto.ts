/**
 * The roster form: one radio group per participant, named `status-<enrolment id>`. The field
 * names are dynamic, so this is parsed by hand rather than by a class-validator DTO; whether a
 * value is a status and the id is on the roster is the service's rule.
 */
export type SaveAttendanceInput = Map<string, unknown>;

export const STATUS_FIELD_PREFIX = 'status-';

export function statusField(enrolmentId: number): string {
  return `${STATUS_FIELD_PREFIX}${enrolmentId}`;
}

/** The roster's fields from a posted body: field key after the prefix → submitted value. */
export function parseSaveAttendance(body: unknown): SaveAttendanceInput {
  const input: SaveAttendanceInput = new Map();
  if (!body || typeof body !== 'object') return input;
  for (const [key, value] of Object.entries(body as Record<string, unknown>))
    if (key.startsWith(STATUS_FIELD_PREFIX))
      input.set(key.slice(STATUS_FIELD_PREFIX.length), value);
  return input;
}
