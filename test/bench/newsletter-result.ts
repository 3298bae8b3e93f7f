/** One line of the JEPzine send bench (written by newsletter-bench.ts, printed by run.ts). */
export interface NewsletterResult {
  database: string;
  label: string;
  messages: number;
  ms: number;
  perSecond: number;
  /** Messages that arrived, and distinct Message-IDs among them. */
  received: number;
  unique: number;
  peakRssMb: number;
}
