import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PublicEdition } from '../catalogue/catalogue.service';
import type { GroupResultRow } from './enrolment-admin.service';
import { groupPage, groupResultPage, groupSummary, outcomeText } from './group-enrolment.presenter';

const NOW = new Date('2026-03-01T10:00:00Z');

function detail(overrides: { requiresApproval?: boolean; opensAt?: string } = {}): PublicEdition {
  return {
    edition: {
      id: 7,
      offeringId: 3,
      title: 'Utrecht, voorjaar',
      capacity: 12,
      seatsTaken: 10,
      registrationOpensAt: new Date(overrides.opensAt ?? '2026-02-01T09:00:00Z'),
      registrationClosesAt: new Date('2026-04-01T09:00:00Z'),
      cancellationClosesAt: null,
      regionCode: 'PV26',
      notes: '',
      status: 'published',
      startsAt: new Date('2026-04-10T08:30:00Z'),
      endsAt: new Date('2026-04-17T11:30:00Z'),
      offering: {
        id: 3,
        title: 'Omgaan met Extreme Idealen',
        requiresApproval: overrides.requiresApproval ?? false,
      },
    },
    meetings: [],
    trainers: [],
  } as unknown as PublicEdition;
}

const partner = { role: 'partner' as const, organisation: 'Jongerenwerk Utrecht' };
const staff = { role: 'staff' as const, organisation: 'Platform JEP' };

describe('group enrolment pages', () => {
  it('tells a partner the own-organisation rule and the normal rules, without a staff link', () => {
    const page = groupPage({
      detail: detail({ requiresApproval: true }),
      actor: partner,
      limit: 50,
      now: NOW,
      locale: 'nl',
    });
    assert.equal(page.asStaff, false);
    assert.equal(page.organisation, 'Jongerenwerk Utrecht');
    assert.equal(page.approvalKey, 'group.approval.required');
    assert.equal(page.edition.seats.label, 'Nog 2 plaatsen');
    assert.equal(page.action, '/uitvoeringen/7/groep');
    assert.equal(page.edition.href, '/uitvoeringen/7');
    assert.equal(page.adminHref, null);
    assert.equal(page.open, true);
    assert.equal(page.edition.dates?.text, '10 april 2026 – 17 april 2026');
  });

  it('lets staff enrol outside the registration window, without approval, with the admin link', () => {
    const closed = detail({ requiresApproval: true, opensAt: '2026-03-15T09:00:00Z' });
    const page = groupPage({ detail: closed, actor: staff, limit: 50, now: NOW, locale: 'nl' });
    assert.equal(page.open, true);
    assert.equal(page.approvalKey, 'group.approval.staff');
    assert.equal(page.adminHref, '/beheer/uitvoeringen/7/aanmeldingen');
    const forPartner = groupPage({
      detail: closed,
      actor: partner,
      limit: 50,
      now: NOW,
      locale: 'nl',
    });
    assert.equal(forPartner.open, false);
    assert.match(forPartner.closedText ?? '', /kan nu niet \(Aanmelden opent op 15 maart 2026/);
  });

  it('says in words what happened to each address, with the waiting-list position', () => {
    const text = (row: GroupResultRow) => outcomeText(row, partner, 'nl');
    assert.equal(text({ email: 'a@x.nl', outcome: 'confirmed' }), 'Aangemeld');
    assert.equal(
      text({ email: 'a@x.nl', outcome: 'waitlisted', position: 3 }),
      'Op de wachtlijst, plaats 3',
    );
    assert.equal(
      text({ email: 'a@x.nl', outcome: 'invited', status: 'waitlisted', position: 1 }),
      'Nieuw account, uitgenodigd; op de wachtlijst, plaats 1',
    );
    assert.match(
      text({ email: 'a@x.nl', outcome: 'invited', status: 'pending' }),
      /uitgenodigd; wacht op goedkeuring/,
    );
    assert.match(
      text({ email: 'a@x.nl', outcome: 'otherOrganisation' }),
      /andere organisatie dan Jongerenwerk Utrecht/,
    );
    assert.match(text({ email: 'x', outcome: 'invalid' }), /geen geldig e-mailadres/);
    assert.match(text({ email: 'a@x.nl', outcome: 'already' }), /al aangemeld/);
    assert.match(text({ email: 'a@x.nl', outcome: 'deactivated' }), /gedeactiveerd/);
    assert.equal(
      outcomeText({ email: 'a@x.nl', outcome: 'waitlisted', position: 2 }, staff, 'en'),
      'On the waiting list, position 2',
    );
  });

  it('counts places, waiting list, new invitations and addresses not enrolled', () => {
    const rows: GroupResultRow[] = [
      { email: 'a@x.nl', outcome: 'confirmed' },
      { email: 'b@x.nl', outcome: 'pending' },
      { email: 'c@x.nl', outcome: 'invited', status: 'confirmed' },
      { email: 'd@x.nl', outcome: 'invited', status: 'waitlisted', position: 1 },
      { email: 'e@x.nl', outcome: 'waitlisted', position: 2 },
      { email: 'f', outcome: 'invalid' },
      { email: 'g@x.nl', outcome: 'already' },
      { email: 'h@y.nl', outcome: 'otherOrganisation' },
    ];
    assert.deepEqual(groupSummary(rows).counts, {
      placed: 3,
      waitlisted: 2,
      invited: 2,
      notEnrolled: 3,
    });
    const page = groupResultPage({ detail: detail(), actor: staff, rows, locale: 'nl' });
    assert.deepEqual(
      page.rows.map((r) => r.email),
      rows.map((r) => r.email),
      'the order given',
    );
    assert.equal(
      page.intro,
      'U hebt 8 e-mailadressen opgegeven voor Omgaan met Extreme Idealen, Utrecht, voorjaar.',
    );
    assert.equal(page.adminHref, '/beheer/uitvoeringen/7/aanmeldingen');
    assert.equal(page.againHref, '/uitvoeringen/7/groep');
    const one = groupResultPage({
      detail: detail(),
      actor: partner,
      rows: [rows[0]],
      locale: 'nl',
    });
    assert.match(one.intro, /^U hebt 1 e-mailadres opgegeven/);
    assert.equal(one.adminHref, null);
  });
});
