/** One line of the enrolment rush's report (written by enrolment-rush.ts, printed by run.ts). */
export interface RushResult {
  database: string;
  label: string;
  settleMs: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  confirmed: number | null;
  waitlisted: number | null;
}
