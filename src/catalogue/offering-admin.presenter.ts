import { sectorOptions } from '../accounts/account.presenter';
import { COMPLETION_RULES, OFFERING_KINDS } from './offering-kind';
import type { Offering } from './offering.entity';

export function kindOptions() {
  return OFFERING_KINDS.map((value) => ({ value, label: `offerings.kind.${value}` }));
}

export function completionRuleOptions() {
  return COMPLETION_RULES.map((value) => ({ value, label: `offerings.completion.${value}` }));
}

/** What the offering form needs besides its values. */
export function offeringFormModel() {
  return {
    kinds: kindOptions(),
    completionRules: completionRuleOptions(),
    sectors: sectorOptions(),
  };
}

/** The stored offering as form values (checkboxes as "on"). */
export function offeringFormValues(o: Offering) {
  return {
    kind: o.kind,
    title: o.title,
    slug: o.slug,
    summary: o.summary,
    description: o.description,
    audience: o.audience ? o.audience.split(',') : [],
    studyLoadHours: String(o.studyLoadHours),
    skjPoints: String(o.skjPoints),
    completionRule: o.completionRule,
    completionPercent: o.completionPercent === null ? '' : String(o.completionPercent),
    excusedCounts: o.excusedCounts ? 'on' : '',
    requiresApproval: o.requiresApproval ? 'on' : '',
    offerConfirmDays: o.offerConfirmDays === null ? '' : String(o.offerConfirmDays),
    published: o.published ? 'on' : '',
  };
}

export function offeringRow(o: Offering) {
  return {
    id: o.id,
    title: o.title,
    kindLabel: `offerings.kind.${o.kind}`,
    studyLoadHours: o.studyLoadHours,
    skjPoints: o.skjPoints,
    published: o.published,
    href: `/beheer/aanbod/${o.id}`,
    publicHref: `/aanbod/${o.slug}`,
  };
}
