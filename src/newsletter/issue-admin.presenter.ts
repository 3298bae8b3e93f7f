import { Locale, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDateTime } from '../common/views/format';
import { ISSUE_BODY_MAX } from './dto/issue-save.dto';
import { issueBodyHtml } from './issue-content';
import type { IssueStatus, NewsletterIssue } from './issue.entity';
import type { IssueProgress } from './sending.service';
import { decodeTopics, NEWSLETTER_TOPICS } from './topics';

/** Only an issue that has not started sending can be changed. */
export const EDITABLE_STATUSES: readonly IssueStatus[] = ['draft', 'scheduled'];

export function isEditable(status: IssueStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

export function issueHref(id: number): string {
  return `/beheer/jepzine/${id}`;
}

/** The audience checkboxes: every topic, labelled by its shared message. */
export function audienceOptions() {
  return NEWSLETTER_TOPICS.map((value) => ({ value, label: `newsletter.topic.${value}` }));
}

/** The stored issue as the edit form's values; the schedule form starts at its moment, if any. */
export function issueFormValues(issue: NewsletterIssue) {
  const at = issue.scheduledAt ? toAmsterdamParts(issue.scheduledAt) : null;
  return {
    title: issue.title,
    slug: issue.slug,
    summary: issue.summary,
    bodyMarkdown: issue.bodyMarkdown,
    audiences: decodeTopics(issue.audiences),
    scheduledDate: at?.date ?? '',
    scheduledTime: at?.time ?? '09:00',
  };
}

/** "1 abonnee" / "12 abonnees" */
export function recipientsText(count: number, locale: Locale): string {
  return count === 1
    ? translate(locale, 'newsletterIssues.recipients.one')
    : translate(locale, 'newsletterIssues.recipients.many', { count });
}

/** The label of the "send now" tick, with the number it goes to. */
export function sendConfirmLabel(count: number, locale: Locale): string {
  return count === 1
    ? translate(locale, 'newsletterIssues.sendNow.confirm.one')
    : translate(locale, 'newsletterIssues.sendNow.confirm.many', { count });
}

/** "Onderwijs, Gemeenten" or "Alle abonnees" */
export function audiencesText(stored: string, locale: Locale): string {
  const topics = decodeTopics(stored);
  return topics.length
    ? topics.map((topic) => translate(locale, `newsletter.topic.${topic}`)).join(', ')
    : translate(locale, 'newsletterIssues.audiencesAll');
}

/** Messages done (sent, failed or skipped) of all deliveries: the <progress> bar. */
export function progressBar(p: Pick<IssueProgress, 'sent' | 'failed' | 'skipped' | 'total'>) {
  return { value: p.sent + p.failed + p.skipped, max: Math.max(p.total, 1) };
}

/** "8 van 10 verzonden, 1 mislukt, 1 in de wachtrij, 0 overgeslagen" (+ cancelled when any). */
export function progressText(p: IssueProgress, locale: Locale): string {
  const text = translate(locale, 'newsletterIssues.progress.text', {
    sent: p.sent,
    total: p.total,
    failed: p.failed,
    // in flight counts as waiting: it is not done yet
    waiting: p.queued + p.sending,
    skipped: p.skipped,
  });
  return p.cancelled
    ? `${text}, ${translate(locale, 'newsletterIssues.progress.cancelled', { cancelled: p.cancelled })}`
    : text;
}

/** The note about deliveries that were in flight when a worker died, or null. */
export function recoveredNote(count: number, locale: Locale): string | null {
  if (count <= 0) return null;
  return count === 1
    ? translate(locale, 'newsletterIssues.progress.recovered.one')
    : translate(locale, 'newsletterIssues.progress.recovered.many', { count });
}

/** What the progress partial shows and the polling script receives. */
export function progressView(p: IssueProgress, locale: Locale) {
  return {
    ...progressBar(p),
    percent: p.percent,
    text: progressText(p, locale),
    note: recoveredNote(p.recoveredInFlight, locale),
  };
}

/** voortgang.json: the IssueProgress itself, plus the texts in the page's language. */
export function progressJson(p: IssueProgress, locale: Locale) {
  const view = progressView(p, locale);
  return { ...p, value: view.value, max: view.max, text: view.text, note: view.note };
}

/** Which forms the detail page offers in this state. */
export function issueActions(status: IssueStatus, failed = 0) {
  const editable = isEditable(status);
  return {
    edit: editable,
    test: editable,
    sendNow: editable,
    schedule: editable,
    unschedule: status === 'scheduled',
    pause: status === 'sending',
    resume: status === 'paused',
    cancel: status === 'scheduled' || status === 'sending' || status === 'paused',
    retry: failed > 0 && (status === 'sending' || status === 'paused' || status === 'sent'),
  };
}

/** The date column of the list: when it is planned, or when it started. */
export function issueDateText(
  issue: Pick<NewsletterIssue, 'status' | 'scheduledAt' | 'startedAt'>,
  locale: Locale,
): string {
  if (issue.status === 'scheduled' && issue.scheduledAt)
    return translate(locale, 'newsletterIssues.date.scheduled', {
      when: formatDateTime(issue.scheduledAt, locale),
    });
  if (issue.startedAt)
    return translate(locale, 'newsletterIssues.date.started', {
      when: formatDateTime(issue.startedAt, locale),
    });
  return translate(locale, 'newsletterIssues.date.none');
}

/** One row of the issues list; "sent/total" once sending has started. */
export function issueRow(
  issue: NewsletterIssue,
  counts: { sent: number; total: number } | undefined,
  locale: Locale,
) {
  const started = !isEditable(issue.status) && issue.status !== 'cancelled';
  const total = counts?.total ?? 0;
  return {
    id: issue.id,
    title: issue.title,
    href: issueHref(issue.id),
    status: issue.status,
    statusLabel: `newsletter.issueStatus.${issue.status}`,
    date: issueDateText(issue, locale),
    progress: started || total > 0 ? `${counts?.sent ?? 0}/${total}` : null,
  };
}

/** The facts at the top of the detail page. */
export function issueFacts(issue: NewsletterIssue, locale: Locale) {
  return {
    id: issue.id,
    title: issue.title,
    status: issue.status,
    statusLabel: `newsletter.issueStatus.${issue.status}`,
    slug: issue.slug,
    webPath: `/jepzine/${issue.slug}`,
    publicHref: issue.status === 'sent' ? `/jepzine/${issue.slug}` : null,
    audiences: audiencesText(issue.audiences, locale),
    scheduledAt: issue.scheduledAt ? formatDateTime(issue.scheduledAt, locale) : null,
    startedAt: issue.startedAt ? formatDateTime(issue.startedAt, locale) : null,
    finishedAt: issue.finishedAt ? formatDateTime(issue.finishedAt, locale) : null,
  };
}

/**
 * The preview below the form, from what was typed (nothing is stored): the web version's title,
 * summary and sanitised body. Null when the text is missing or over the limit.
 */
export function issuePreview(body: unknown, baseUrl: string) {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const markdown = typeof b.bodyMarkdown === 'string' ? b.bodyMarkdown : '';
  if (markdown.length > ISSUE_BODY_MAX) return null;
  return {
    title: text(b.title),
    summary: text(b.summary),
    html: issueBodyHtml(markdown, baseUrl),
  };
}
