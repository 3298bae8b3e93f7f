import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import type { MyTrajectory } from './my-trajectories.service';

function countText(n: number, locale: Locale, none: MessageKey, one: MessageKey, many: MessageKey) {
  if (n === 0) return translate(locale, none);
  return n === 1 ? translate(locale, one) : translate(locale, many, { count: n });
}

/**
 * The /mijn section "Mijn JOS-trajecten": one row per trajectory the user takes part in, with its
 * municipality, phase (or status once closed), the user's own open actions and the overdue ones.
 * Running trajectories come before closed ones.
 */
export function myTrajectoriesSection(rows: MyTrajectory[], locale: Locale) {
  const ordered = [...rows].sort(
    (a, b) => Number(a.trajectory.status !== 'active') - Number(b.trajectory.status !== 'active'),
  );
  return {
    rows: ordered.map(({ trajectory, overdueActions, myOpenActions, isCoach }) => ({
      href: `/jos/trajecten/${trajectory.id}`,
      title: trajectory.title,
      municipality: trajectory.municipality?.name ?? '',
      phase: (locale === 'en' ? trajectory.phase?.nameEn : trajectory.phase?.nameNl) ?? '',
      status: trajectory.status,
      closed: trajectory.status !== 'active',
      statusLabel: `trajectories.overview.status.${trajectory.status}` as MessageKey,
      isCoach,
      overdueActions,
      overdue: overdueActions > 0,
      overdueText:
        overdueActions > 0
          ? countText(
              overdueActions,
              locale,
              'trajectories.overview.overdueNone',
              'trajectories.mine.overdueOne',
              'trajectories.mine.overdueMany',
            )
          : '',
      myOpenActions,
      myOpenText: countText(
        myOpenActions,
        locale,
        'trajectories.mine.myOpenNone',
        'trajectories.mine.myOpenOne',
        'trajectories.mine.myOpenMany',
      ),
    })),
  };
}
