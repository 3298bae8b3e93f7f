import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Offering } from '../catalogue/offering.entity';
import type { Edition } from '../scheduling/edition.entity';
import type { Meeting } from '../scheduling/meeting.entity';
import { completionPage, formatHours } from './completion-admin.presenter';
import type { CompletionOverview, CompletionRow } from './completion-admin.service';
import { summarise } from './completion-rule';

const meetings = [
  { id: 1, startsAt: new Date('2026-03-02T08:30:00Z'), endsAt: new Date('2026-03-02T11:30:00Z') },
  { id: 2, startsAt: new Date('2026-03-09T08:30:00Z'), endsAt: new Date('2026-03-09T10:00:00Z') },
] as Meeting[];

function row(id: number, name: string, extra: Partial<CompletionRow['enrolment']> = {}) {
  return {
    enrolment: {
      id,
      completion: null,
      completionNote: null,
      user: { id, name, organisation: 'JOU' },
      ...extra,
    } as CompletionRow['enrolment'],
    summary: summarise(meetings, new Map([[1, 'present' as const]]), false),
  };
}

function overview(extra: Partial<CompletionOverview> = {}): CompletionOverview {
  return {
    edition: {
      id: 4,
      title: 'Utrecht, voorjaar',
      offering: { title: 'Werkatelier' } as Offering,
    } as Edition & { offering: Offering },
    meetings,
    policy: { rule: 'min_percent', percent: 60, excusedCounts: true },
    ended: true,
    rows: [
      row(1, 'Anna Bakker', { completion: 'completed', completionNote: 'Ingehaald' }),
      row(2, 'Bram de Wit'),
    ],
    ...extra,
  };
}

describe('completion page presenter', () => {
  it('writes hours the Dutch way', () => {
    assert.equal(formatHours(270, 'nl'), '4,5');
    assert.equal(formatHours(270, 'en'), '4.5');
    assert.equal(formatHours(180, 'nl'), '3');
  });

  it('shows attendance per person, the rule, and the current completion as the checked choice', () => {
    const page = completionPage(overview(), 'nl');
    assert.equal(page.rule, 'Aanwezig bij minstens 60% van de uren');
    assert.equal(page.excused, 'attendance.completion.excusedCounts');
    assert.equal(page.meetingsValue, '2 bijeenkomsten, 4,5 uur');
    assert.equal(page.ended, 'Afgelopen op 9 maart 2026');
    assert.equal(page.people[0].meetings, '1 van 2');
    assert.equal(page.people[0].hours, '3 van 4,5');
    assert.equal(page.people[0].corrected, true);
    assert.equal(page.people[1].completionLabel, 'attendance.completion.undecided');
    assert.deepEqual(page.values, { 'completion-1': 'completed' });
    assert.equal(page.people[1].action, '/beheer/aanmeldingen/2/afronding');
    assert.deepEqual(
      page.rosters.map((r) => r.href),
      ['/bijeenkomsten/1/presentie', '/bijeenkomsten/2/presentie'],
    );
  });
});
