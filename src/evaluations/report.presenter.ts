import { toCsv } from '../attendance/csv';
import { Locale, translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import { startOfAmsterdamDay } from '../common/views/amsterdam-time';
import type { RawReportQuery, ReportQueryError } from './dto/report-period.dto';
import { EvaluationMoment, MIN_RESPONSES } from './evaluation-moment';
import type { QuestionnaireItem } from './questionnaire-item.entity';
import type { Questionnaire } from './questionnaire.entity';
import type {
  EvaluationReport,
  ItemFigures,
  QuestionnaireReport,
  ReportPeriod,
} from './report.service';
import {
  changeSentence,
  distribution,
  formatNumber,
  PairedChange,
  pairedChange,
  summarise,
} from './stats';

export const STAFF_REPORTS_PATH = '/beheer/evaluaties';
export const offeringReportPath = (id: number) => `${STAFF_REPORTS_PATH}/aanbod/${id}`;
export const staffEditionCsvPath = (id: number) => `${STAFF_REPORTS_PATH}/uitvoeringen/${id}.csv`;
export const editionReportPath = (id: number) => `/evaluaties/uitvoeringen/${id}`;

const percentFormats = new Map<Locale, Intl.NumberFormat>();
function percent(share: number, locale: Locale): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    percentFormats.set(locale, f);
  }
  return f.format(share);
}

const two = (n: number | null, locale: Locale) => (n === null ? '–' : formatNumber(n, locale, 2));

/** The moments a questionnaire is asked at, in order. */
export function momentsOf(q: Questionnaire): EvaluationMoment[] {
  return q.kind === 'prepost' ? ['pre', 'post'] : ['evaluation'];
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map((v) => String(v)) : [];
  } catch {
    return [];
  }
}

/** The answer values of an item with their labels: Likert 1..points, options 0..n − 1. */
function valuesOf(item: QuestionnaireItem): { value: number; label: string }[] {
  if (item.type === 'likert') {
    const points = item.scalePoints ?? 5;
    const labels = parseList(item.pointLabels);
    return Array.from({ length: points }, (_, i) => {
      const label = labels[i];
      return {
        value: i + 1,
        label: label && label !== String(i + 1) ? `${i + 1} – ${label}` : String(i + 1),
      };
    });
  }
  if (item.type === 'single' || item.type === 'multiple')
    return parseList(item.options).map((label, value) => ({ value, label }));
  return [];
}

const suppressed = (n: number) => n < MIN_RESPONSES;

/** One item at one moment as shown: hidden below the threshold. */
function itemMoment(
  qr: QuestionnaireReport,
  item: QuestionnaireItem,
  moment: EvaluationMoment,
  fig: ItemFigures | undefined,
  locale: Locale,
  withOpen: boolean,
) {
  const n = fig?.respondents ?? 0;
  const momentLabel = translate(locale, `evaluations.report.moment.${moment}`);
  const base = {
    moment,
    momentLabel,
    showMoment: qr.questionnaire.kind === 'prepost',
    n,
    suppressed: suppressed(n),
    answersText: translate(locale, 'evaluations.report.item.answers', { n }),
  };
  if (base.suppressed) return { ...base, table: null, summary: null, open: null };
  if (item.type === 'open') {
    const open = qr.open?.find((o) => o.itemId === item.id && o.moment === moment);
    return {
      ...base,
      table: null,
      summary: null,
      open: withOpen
        ? {
            texts: open?.texts ?? [],
            more:
              open && open.total > open.texts.length
                ? translate(locale, 'evaluations.report.open.more', {
                    shown: open.texts.length,
                    total: open.total,
                  })
                : null,
          }
        : null,
    };
  }
  const counts = fig?.counts ?? new Map<number, number>();
  const values = valuesOf(item);
  const rows = distribution(
    counts,
    values.map((v) => v.value),
  ).map((d, i) => ({
    label: values[i].label,
    count: d.count,
    // Multiple choice: the share of people who ticked it (they may tick several).
    share: percent(item.type === 'multiple' ? d.count / n : d.share, locale),
  }));
  let summary: string | null = null;
  if (item.type === 'likert' && fig) {
    const s = summarise(fig.sums);
    summary =
      s.sd === null
        ? translate(locale, 'evaluations.report.item.meanOnly', {
            mean: two(s.mean, locale),
            n: s.n,
          })
        : translate(locale, 'evaluations.report.item.meanSd', {
            mean: two(s.mean, locale),
            sd: two(s.sd, locale),
            n: s.n,
          });
  } else if (item.type === 'multiple') {
    summary = translate(locale, 'evaluations.report.item.respondents', { n });
  }
  return {
    ...base,
    table: {
      id: `vraag-${item.id}-${moment}`,
      caption: translate(locale, 'evaluations.report.distribution.caption', {
        item: item.text,
        moment: momentLabel,
      }),
      rows,
    },
    summary,
    open: null,
  };
}

function changeRow(subject: string, label: string, change: PairedChange | null, locale: Locale) {
  const n = change?.n ?? 0;
  if (!change || suppressed(n)) return { subject, n, suppressed: true };
  return {
    subject,
    n,
    suppressed: false,
    meanDiff: two(change.meanDiff, locale),
    ci:
      change.ciLow === null || change.ciHigh === null
        ? '–'
        : translate(locale, 'evaluations.report.change.ciRange', {
            low: two(change.ciLow, locale),
            high: two(change.ciHigh, locale),
          }),
    d: two(change.dz, locale),
    sentence: changeSentence(change, label, locale),
  };
}

function questionnaireView(qr: QuestionnaireReport, locale: Locale, withOpen: boolean) {
  const q = qr.questionnaire;
  const moments = momentsOf(q);
  const figure = (itemId: number, moment: EvaluationMoment) =>
    qr.itemFigures.find((f) => f.itemId === itemId && f.moment === moment);
  const responses = (moment: EvaluationMoment) =>
    qr.responses.find((r) => r.moment === moment)?.count ?? 0;
  const rates = moments.map((moment) => {
    const rate = qr.rates.find((r) => r.moment === moment);
    return {
      moment: translate(locale, `evaluations.report.moment.${moment}`),
      invited: rate?.invited ?? 0,
      submitted: rate?.submitted ?? 0,
      rate: rate && rate.invited ? percent(rate.submitted / rate.invited, locale) : '–',
      responses: responses(moment),
    };
  });
  const items = qr.items.map((item) => ({
    id: item.id,
    text: item.text,
    type: translate(locale, `evaluations.report.type.${item.type}`),
    hidden: item.hiddenInVersion !== null,
    open: item.type === 'open',
    moments: moments.map((m) => itemMoment(qr, item, m, figure(item.id, m), locale, withOpen)),
  }));
  const scaleSections = qr.sections.filter(
    (s) => s.isScale && qr.items.some((i) => i.sectionId === s.id && i.type === 'likert'),
  );
  const scales = scaleSections.flatMap((s) =>
    moments.map((moment) => {
      const sums = qr.scales.find((x) => x.sectionId === s.id && x.moment === moment)?.sums;
      const summary = summarise(sums ?? { n: 0, sum: 0, sumSq: 0 });
      return {
        title: s.title,
        moment: translate(locale, `evaluations.report.moment.${moment}`),
        n: summary.n,
        suppressed: suppressed(summary.n),
        mean: two(summary.mean, locale),
        sd: two(summary.sd, locale),
      };
    }),
  );
  const changes =
    q.kind === 'prepost'
      ? [
          ...scaleSections.map((s) =>
            changeRow(
              s.title,
              translate(locale, 'evaluations.report.scaleSubject', { title: `‘${s.title}’` }),
              pairedChange(
                qr.scalePairs.find((p) => p.sectionId === s.id)?.sums ?? { n: 0, sum: 0, sumSq: 0 },
              ),
              locale,
            ),
          ),
          ...qr.items
            .filter((i) => i.type === 'likert')
            .map((i) =>
              changeRow(
                i.text,
                `‘${i.text}’`,
                pairedChange(
                  qr.itemPairs.find((p) => p.itemId === i.id)?.sums ?? { n: 0, sum: 0, sumSq: 0 },
                ),
                locale,
              ),
            ),
        ]
      : [];
  return {
    id: q.id,
    anchor: `vragenlijst-${q.id}`,
    title: q.title,
    kind: translate(locale, `evaluations.report.kind.${q.kind}`),
    rates,
    items,
    hasScales: scales.length > 0,
    scales,
    isPrePost: q.kind === 'prepost',
    changes,
    hasPairs: changes.some((c) => c.n > 0),
  };
}

function periodText(period: ReportPeriod, locale: Locale): string {
  const date = (d: string) => formatDate(startOfAmsterdamDay(d), locale);
  if (period.from && period.to)
    return translate(locale, 'evaluations.report.period.range', {
      from: date(period.from),
      to: date(period.to),
    });
  if (period.from)
    return translate(locale, 'evaluations.report.period.from', { from: date(period.from) });
  if (period.to) return translate(locale, 'evaluations.report.period.to', { to: date(period.to) });
  return translate(locale, 'evaluations.report.period.all');
}

function query(period: ReportPeriod, questionnaireId?: number): string {
  const params = new URLSearchParams();
  if (questionnaireId) params.set('vragenlijst', String(questionnaireId));
  if (period.from) params.set('van', period.from);
  if (period.to) params.set('tot', period.to);
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface FilterOptions {
  action: string;
  raw: RawReportQuery;
  errors: ReportQueryError[];
  /** The period page: the questionnaire select. */
  questionnaires?: Questionnaire[];
}

function filterView(options: FilterOptions, locale: Locale) {
  const errorFor = (field: string) => {
    const e = options.errors.find((x) => x.field === field);
    return e ? translate(locale, e.message) : null;
  };
  return {
    filter: {
      action: options.action,
      resetHref: options.action,
      from: { value: options.raw.from, error: errorFor('van') },
      to: { value: options.raw.to, error: errorFor('tot') },
      questionnaire: options.questionnaires
        ? {
            error: errorFor('vragenlijst'),
            options: options.questionnaires.map((q) => ({
              value: String(q.id),
              label: `${q.title} (${translate(locale, `evaluations.report.kind.${q.kind}`)})`,
              selected: String(q.id) === options.raw.questionnaire,
            })),
          }
        : null,
    },
    errorList: options.errors.map((e) => ({
      field: e.field,
      message: translate(locale, e.message),
    })),
  };
}

const common = (locale: Locale) => ({
  lead: translate(locale, 'evaluations.report.lead', { min: MIN_RESPONSES }),
});

/** GET /beheer/evaluaties/aanbod/:id — one offering over all its editions. */
export function offeringReportPage(report: EvaluationReport, raw: RawReportQuery, locale: Locale) {
  if (report.scope.kind !== 'offering') throw new Error('not an offering report');
  const offering = report.scope.offering;
  const action = offeringReportPath(offering.id);
  return {
    pageTitle: 'evaluations.report.pageTitle.offering',
    heading: translate(locale, 'evaluations.report.title.offering', { title: offering.title }),
    ...common(locale),
    back: { href: STAFF_REPORTS_PATH, text: translate(locale, 'evaluations.report.back.offering') },
    ...filterView({ action, raw, errors: [] }, locale),
    hasReport: true,
    periodText: periodText(report.period, locale),
    csvHref: `${action}.csv${query(report.period)}`,
    questionnaires: report.questionnaires.map((q) => questionnaireView(q, locale, true)),
    empty: report.questionnaires.length === 0,
  };
}

/** GET /evaluaties/uitvoeringen/:id — one edition, for its trainers and staff. */
export function editionReportPage(report: EvaluationReport, locale: Locale, staff: boolean) {
  if (report.scope.kind !== 'edition') throw new Error('not an edition report');
  const { edition, offering } = report.scope;
  return {
    pageTitle: 'evaluations.report.pageTitle.edition',
    heading: translate(locale, 'evaluations.report.title.edition', {
      title: `${offering.title}, ${edition.title}`,
    }),
    ...common(locale),
    back: staff
      ? {
          href: `/beheer/uitvoeringen/${edition.id}`,
          text: translate(locale, 'evaluations.report.back.edition'),
        }
      : null,
    offeringLink: staff
      ? {
          href: offeringReportPath(offering.id),
          text: translate(locale, 'evaluations.report.link.offering'),
        }
      : null,
    filter: null,
    errorList: [],
    hasReport: true,
    periodText: null,
    csvHref: staff ? staffEditionCsvPath(edition.id) : null,
    trainerNote: staff ? null : translate(locale, 'evaluations.report.open.trainer'),
    questionnaires: report.questionnaires.map((q) => questionnaireView(q, locale, staff)),
    empty: report.questionnaires.length === 0,
  };
}

/** GET /beheer/evaluaties — one questionnaire across offerings over a period (or the form). */
export function periodReportPage(
  report: EvaluationReport | null,
  questionnaires: Questionnaire[],
  raw: RawReportQuery,
  errors: ReportQueryError[],
  locale: Locale,
) {
  const questionnaireId =
    report?.scope.kind === 'period' ? report.scope.questionnaireId : undefined;
  return {
    pageTitle: 'evaluations.report.title.period',
    heading: translate(locale, 'evaluations.report.title.period'),
    ...common(locale),
    back: null,
    ...filterView({ action: STAFF_REPORTS_PATH, raw, errors, questionnaires }, locale),
    hasReport: !!report,
    prompt:
      !report && errors.length === 0
        ? translate(
            locale,
            questionnaires.length
              ? 'evaluations.report.choosePrompt'
              : 'evaluations.report.noQuestionnaires',
          )
        : null,
    periodText: report ? periodText(report.period, locale) : null,
    csvHref: report
      ? `${STAFF_REPORTS_PATH}/vragenlijsten/${questionnaireId}.csv${query(report.period)}`
      : null,
    questionnaires: report
      ? report.questionnaires.map((q) => questionnaireView(q, locale, true))
      : [],
    empty: false,
  };
}

/** A refused query on the offering page: the form with what was wrong, no figures. */
export function offeringErrorPage(
  offering: { id: number; title: string },
  raw: RawReportQuery,
  errors: ReportQueryError[],
  locale: Locale,
) {
  return {
    pageTitle: 'evaluations.report.pageTitle.offering',
    heading: translate(locale, 'evaluations.report.title.offering', { title: offering.title }),
    ...common(locale),
    back: { href: STAFF_REPORTS_PATH, text: translate(locale, 'evaluations.report.back.offering') },
    ...filterView({ action: offeringReportPath(offering.id), raw, errors }, locale),
    hasReport: false,
    questionnaires: [],
  };
}

/**
 * The item table as CSV, one row per question, moment and answer value (the question's count,
 * mean and SD repeated), with the same suppression as the page. Open answers are not in it.
 */
export function reportCsv(report: EvaluationReport, locale: Locale): string {
  const t = (key: string) => translate(locale, key);
  const header = [
    t('evaluations.report.col.questionnaire'),
    t('evaluations.report.col.item'),
    t('evaluations.report.col.moment'),
    t('evaluations.report.col.n'),
    t('evaluations.report.col.mean'),
    t('evaluations.report.col.sd'),
    t('evaluations.report.col.answer'),
    t('evaluations.report.col.count'),
    t('evaluations.report.col.share'),
  ];
  const rows: (string | number)[][] = [header];
  const dec = (n: number | null) => (n === null ? '' : formatNumber(n, locale, 2));
  for (const qr of report.questionnaires) {
    for (const item of qr.items) {
      if (item.type === 'open') continue;
      for (const moment of momentsOf(qr.questionnaire)) {
        const fig = qr.itemFigures.find((f) => f.itemId === item.id && f.moment === moment);
        const n = fig?.respondents ?? 0;
        const start = [
          qr.questionnaire.title,
          item.text,
          t(`evaluations.report.moment.${moment}`),
          n,
        ];
        if (suppressed(n)) {
          rows.push([...start, '', '', t('evaluations.report.suppressed'), '', '']);
          continue;
        }
        const s = item.type === 'likert' && fig ? summarise(fig.sums) : null;
        const values = valuesOf(item);
        const dist = distribution(
          fig?.counts ?? new Map(),
          values.map((v) => v.value),
        );
        dist.forEach((d, i) =>
          rows.push([
            ...start,
            s ? dec(s.mean) : '',
            s ? dec(s.sd) : '',
            values[i].label,
            d.count,
            formatNumber((item.type === 'multiple' ? d.count / n : d.share) * 100, locale, 0),
          ]),
        );
      }
    }
  }
  return toCsv(rows);
}

export function reportCsvFilename(report: EvaluationReport): string {
  const scope = report.scope;
  const name =
    scope.kind === 'edition'
      ? `uitvoering-${scope.edition.id}`
      : scope.kind === 'offering'
        ? `aanbod-${scope.offering.id}`
        : `vragenlijst-${scope.questionnaireId}`;
  const period = [report.period.from, report.period.to].filter(Boolean).join('-');
  return `evaluatie-${name}${period ? `-${period}` : ''}.csv`;
}
