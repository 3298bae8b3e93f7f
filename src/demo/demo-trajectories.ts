import type { EntityManager } from 'typeorm';

/** Demo JOS trajectories in several phases (filled in by the trajectories overview work). */
export async function seedDemoTrajectories(
  m: EntityManager,
  people: { staffId: number; partnerId: number; professionalId: number },
  now: Date,
): Promise<void> {
  void m;
  void people;
  void now;
  await Promise.resolve();
}
