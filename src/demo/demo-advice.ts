import type { EntityManager } from 'typeorm';

/** Demo advice requests in every status (filled in by the advice reports work). */
export async function seedDemoAdvice(
  m: EntityManager,
  people: { staffId: number; professionalId: number },
  now: Date,
): Promise<void> {
  void m;
  void people;
  void now;
  await Promise.resolve();
}
