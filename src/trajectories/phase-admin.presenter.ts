import type { MessageKey } from '../common/i18n/i18n';
import { isFixedPhase } from './phase.service';
import type { TrajectoryPhase } from './trajectory-phase.entity';

export const PHASES_PATH = '/beheer/jos/fasen';

/** The phase configuration page: phases in order with what staff may do to each. */
export function phaseAdminPage(phases: TrajectoryPhase[]) {
  const middle = phases.filter((p) => !isFixedPhase(p));
  const rows = phases.map((p, i) => {
    const fixed = isFixedPhase(p);
    const base = `${PHASES_PATH}/${p.id}`;
    return {
      id: p.id,
      key: p.key,
      n: i + 1,
      nameNl: p.nameNl,
      nameEn: p.nameEn,
      descriptionNl: p.descriptionNl,
      descriptionEn: p.descriptionEn,
      active: p.active,
      fixed,
      stateLabel: p.active ? 'trajectories.phases.shown' : 'trajectories.phases.hidden',
      assessmentLabel: p.opensAssessment
        ? (`trajectories.phases.opens.${p.opensAssessment}` as MessageKey)
        : null,
      canUp: !fixed && middle[0]?.id !== p.id,
      canDown: !fixed && middle[middle.length - 1]?.id !== p.id,
      renameAction: base,
      upAction: `${base}/omhoog`,
      downAction: `${base}/omlaag`,
      visibilityAction: `${base}/zichtbaarheid`,
    };
  });
  const options = middle.map((p) => ({ value: String(p.id), label: p.nameNl }));
  return {
    pageTitle: 'trajectories.phases.title',
    phases: rows,
    addAction: PHASES_PATH,
    assessmentAction: `${PHASES_PATH}/zelfevaluatie`,
    assessmentOptions: [{ value: '', label: 'trajectories.phases.noAssessment' }, ...options],
    values: {
      nameNl: '',
      nameEn: '',
      descriptionNl: '',
      descriptionEn: '',
      startPhase: String(phases.find((p) => p.opensAssessment === 'start')?.id ?? ''),
      endPhase: String(phases.find((p) => p.opensAssessment === 'end')?.id ?? ''),
    },
  };
}
