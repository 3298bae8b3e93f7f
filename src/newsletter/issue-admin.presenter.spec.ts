import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  issueActions,
  issueDateText,
  issueFormValues,
  issuePreview,
  issueRow,
  progressBar,
  progressJson,
  progressText,
  recipientsText,
  recoveredNote,
  sendConfirmLabel,
} from './issue-admin.presenter';
import type { NewsletterIssue } from './issue.entity';
import type { IssueProgress } from './sending.service';

function progress(overrides: Partial<IssueProgress> = {}): IssueProgress {
  return {
    issueId: 1,
    status: 'sending',
    total: 10,
    queued: 1,
    sending: 1,
    sent: 6,
    failed: 1,
    skipped: 1,
    cancelled: 0,
    recoveredInFlight: 0,
    percent: 80,
    scheduledAt: null,
    startedAt: new Date('2026-03-02T08:00:00Z'),
    finishedAt: null,
    ...overrides,
  };
}

function issue(overrides: Partial<NewsletterIssue> = {}): NewsletterIssue {
  return {
    id: 7,
    slug: 'samen-sterk',
    title: 'Samen sterk',
    summary: 'Over samenwerken.',
    bodyMarkdown: '## Kop',
    audiences: 'onderwijs,gemeenten',
    status: 'draft',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    recoveredInFlight: 0,
    createdBy: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe('issue admin presenter', () => {
  it('writes the progress as staff read it, counting in-flight messages as waiting', () => {
    assert.equal(
      progressText(progress(), 'nl'),
      '6 van 10 verzonden, 1 mislukt, 2 in de wachtrij, 1 overgeslagen',
    );
    assert.equal(
      progressText(progress({ queued: 0, sending: 0, cancelled: 2 }), 'en'),
      '6 of 10 sent, 1 failed, 0 queued, 1 skipped, 2 cancelled',
    );
  });

  it('fills the bar with what is done, and never gives it a max of 0', () => {
    assert.deepEqual(progressBar(progress()), { value: 8, max: 10 });
    assert.deepEqual(progressBar({ sent: 0, failed: 0, skipped: 0, total: 0 }), {
      value: 0,
      max: 1,
    });
  });

  it('warns about possible doubles only when a sender stopped mid-message', () => {
    assert.equal(recoveredNote(0, 'nl'), null);
    assert.match(recoveredNote(1, 'nl') ?? '', /^1 bericht was onderweg/);
    assert.match(
      recoveredNote(3, 'nl') ?? '',
      /^3 berichten waren onderweg toen een verzender stopte; zij zijn opnieuw verzonden en kunnen dubbel zijn aangekomen/,
    );
    const json = progressJson(progress({ recoveredInFlight: 2 }), 'nl');
    assert.equal(json.sent, 6, 'the IssueProgress itself');
    assert.equal(json.value, 8);
    assert.match(json.note ?? '', /^2 berichten/);
  });

  it('counts recipients in words, one and many', () => {
    assert.equal(recipientsText(1, 'nl'), '1 abonnee');
    assert.equal(recipientsText(12, 'nl'), '12 abonnees');
    assert.equal(sendConfirmLabel(12, 'nl'), 'Ik weet dat dit nu naar 12 abonnees gaat');
    assert.equal(sendConfirmLabel(1, 'en'), 'I know this goes to 1 subscriber now');
  });

  it('offers each action only in the states where it can work', () => {
    const on = (status: NewsletterIssue['status'], failed = 0) =>
      Object.entries(issueActions(status, failed))
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort();
    assert.deepEqual(on('draft'), ['edit', 'schedule', 'sendNow', 'test']);
    assert.deepEqual(on('scheduled'), [
      'cancel',
      'edit',
      'schedule',
      'sendNow',
      'test',
      'unschedule',
    ]);
    assert.deepEqual(on('sending'), ['cancel', 'pause']);
    assert.deepEqual(on('sending', 2), ['cancel', 'pause', 'retry']);
    assert.deepEqual(on('paused'), ['cancel', 'resume']);
    assert.deepEqual(on('sent', 1), ['retry']);
    assert.deepEqual(on('cancelled', 3), []);
  });

  it('shows the list date as planned or started, and sent/total once sending began', () => {
    const at = new Date('2026-03-02T08:00:00Z');
    assert.equal(
      issueDateText(issue({ status: 'scheduled', scheduledAt: at }), 'nl'),
      'Ingepland voor 2 maart 2026 09:00',
    );
    assert.equal(
      issueDateText(issue({ status: 'sent', startedAt: at }), 'nl'),
      'Gestart op 2 maart 2026 09:00',
    );
    assert.equal(issueDateText(issue(), 'nl'), 'Nog niet ingepland');
    assert.equal(issueRow(issue(), undefined, 'nl').progress, null);
    assert.equal(
      issueRow(issue({ status: 'sending' }), { sent: 3, total: 9 }, 'nl').progress,
      '3/9',
    );
    assert.equal(issueRow(issue({ status: 'sent' }), undefined, 'nl').progress, '0/0');
  });

  it('puts the stored issue and its planned moment (Amsterdam time) in the form', () => {
    const values = issueFormValues(
      issue({ status: 'scheduled', scheduledAt: new Date('2026-07-01T07:30:00Z') }),
    );
    assert.deepEqual(values.audiences, ['onderwijs', 'gemeenten']);
    assert.equal(values.scheduledDate, '2026-07-01');
    assert.equal(values.scheduledTime, '09:30');
  });

  it('previews what was typed as safe HTML, and nothing for a text over the limit', () => {
    const preview = issuePreview(
      {
        title: ' Titel ',
        summary: 'Kort',
        bodyMarkdown:
          '## Kop\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) [ok](/aanbod)',
      },
      'https://jep.test',
    );
    assert.equal(preview?.title, 'Titel');
    assert.match(preview?.html ?? '', /<h2>Kop<\/h2>/);
    assert.doesNotMatch(preview?.html ?? '', /<script|href="javascript:/i);
    assert.match(preview?.html ?? '', /<a href="https:\/\/jep.test\/aanbod">ok<\/a>/);
    assert.equal(issuePreview({ bodyMarkdown: 'x'.repeat(100_001) }, 'https://jep.test'), null);
  });
});
