import type { OfferingEvaluation } from './offering-evaluation.service';
import { questionnaireHref } from './questionnaire.presenter';
import type { Questionnaire } from './questionnaire.entity';

function option(q: Questionnaire) {
  return { value: String(q.id), title: q.title, archived: q.archived };
}

/** The page where staff choose an offering's questionnaires. */
export function offeringEvaluationView(e: OfferingEvaluation) {
  const link = (q?: Questionnaire) =>
    q ? { title: q.title, href: questionnaireHref(q.id) } : null;
  return {
    pageTitle: 'evaluations.offering.title',
    offering: {
      id: e.offering.id,
      title: e.offering.title,
      href: `/beheer/aanbod/${e.offering.id}`,
    },
    action: `/beheer/aanbod/${e.offering.id}/evaluatie`,
    evaluationOptions: e.choices.evaluation.map(option),
    prepostOptions: e.choices.prepost.map(option),
    current: { evaluation: link(e.current.evaluation), prepost: link(e.current.prepost) },
    values: {
      evaluationId: e.current.evaluation ? String(e.current.evaluation.id) : '',
      prepostId: e.current.prepost ? String(e.current.prepost.id) : '',
    },
  };
}
