import type { Locale } from '../common/i18n/i18n';
import type { MyTrajectory } from './my-trajectories.service';

/** The /mijn section "Mijn JOS-trajecten": one row per trajectory with its phase and actions. */
export function myTrajectoriesSection(rows: MyTrajectory[], locale: Locale) {
  return {
    rows: rows.map(({ trajectory, overdueActions, myOpenActions }) => ({
      href: `/jos/trajecten/${trajectory.id}`,
      title: trajectory.title,
      municipality: trajectory.municipality?.name ?? '',
      phase: locale === 'en' ? trajectory.phase?.nameEn : trajectory.phase?.nameNl,
      status: trajectory.status,
      closed: trajectory.status !== 'active',
      overdueActions,
      myOpenActions,
    })),
  };
}
