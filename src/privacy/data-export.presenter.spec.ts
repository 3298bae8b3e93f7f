import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translate } from '../common/i18n/i18n';
import { dataExportPage } from './data-export.presenter';
import type { DataExport } from './data-export.service';

function empty(): DataExport {
  return {
    generatedAt: '2026-03-15T12:00:00.000Z',
    profile: {
      id: 7,
      email: 'petra@example.nl',
      name: 'Petra Visser',
      role: 'professional',
      organisation: 'Jongerenwerk',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
      municipality: 'Utrecht',
      skjNumber: null,
      locale: 'nl',
      emailVerifiedAt: null,
      lastLoginAt: null,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    },
    enrolments: [],
    certificates: [],
    calendarFeed: { exists: false, createdAt: null, lastUsedAt: null },
    newsletter: { subscription: null, consents: [] },
    network: { memberships: [], drafts: [], applications: [] },
    trajectories: { memberships: [], logEntries: [], actions: [], assessments: [] },
    adviceRequests: [],
    evaluations: { note: '', invitations: [] },
    sessions: [],
    auditEntries: [],
  };
}

describe('data export page', () => {
  it('has one section per category, empty ones saying so', () => {
    const page = dataExportPage(empty(), 'nl');
    assert.deepEqual(
      page.sections.map((s) => s.id),
      [
        'profiel',
        'aanmeldingen',
        'certificaten',
        'agenda',
        'jepzine',
        'netwerk',
        'trajecten',
        'advies',
        'evaluaties',
        'sessies',
        'logboek',
      ],
    );
    assert.equal(page.sections[0].count, 1);
    assert.equal(page.sections[1].count, 0);
    assert.match(page.generatedAt, /15 maart 2026/);
    assert.match(page.generatedAt, /13:00/);
  });

  it('shows the profile without empty rows, with labels for codes', () => {
    const [profile] = dataExportPage(empty(), 'nl').sections;
    const labels = profile.items[0].rows.map((r) => r.label);
    assert.ok(labels.includes('privacy.field.email'));
    assert.ok(!labels.includes('privacy.field.skjNumber'), 'no SKJ number: no row');
    const role = profile.items[0].rows.find((r) => r.label === 'privacy.field.role');
    assert.equal(role?.value, translate('nl', 'role.professional'));
  });

  it('lists attendance and advice messages, in Amsterdam time', () => {
    const data = empty();
    data.enrolments.push({
      id: 1,
      offeringTitle: 'OMEI',
      editionTitle: 'Utrecht',
      status: 'confirmed',
      cancelReason: null,
      completion: 'completed',
      editionStartsAt: '2026-04-01T07:30:00.000Z',
      editionEndsAt: '2026-04-01T10:30:00.000Z',
      enrolledAt: '2026-03-01T10:00:00.000Z',
      statusChangedAt: '2026-03-01T10:00:00.000Z',
      enrolledByOther: false,
      attendance: [
        { meetingStartsAt: '2026-04-01T07:30:00.000Z', status: 'present', markedAt: null },
      ],
    });
    data.adviceRequests.push({
      reference: 'AV-2026-0001',
      status: 'new',
      topic: 'Online',
      municipality: 'Utrecht',
      question: 'Hoe?',
      urgency: 'normal',
      contactPreference: 'email',
      requesterName: 'Petra',
      requesterEmail: 'petra@example.nl',
      requesterPhone: null,
      organisation: '',
      requesterRole: '',
      submittedAt: null,
      closedAt: null,
      anonymisedAt: null,
      messages: [
        { direction: 'from_requester', body: 'Dank u', createdAt: '2026-03-02T10:00:00.000Z' },
      ],
    });
    const page = dataExportPage(data, 'nl');
    const enrolment = page.sections[1].items[0];
    assert.equal(enrolment.heading, 'OMEI — Utrecht');
    assert.equal(enrolment.list?.length, 1);
    assert.match(enrolment.list[0], /09:30/);
    assert.match(enrolment.list[0], /anwezig/);
    const advice = page.sections[7].items[0];
    assert.match(advice.list![0], /van u\): Dank u$/);
  });
});
