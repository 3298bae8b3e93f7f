import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readApplicationForm, trajectoryTitle } from './application-form';
import { applicationFormOptions, LOGIN_TO_APPLY, waitingDays } from './application.presenter';

const context = {
  isMunicipality: (code: string) => code === 'GM0344',
  listed: { school: new Map([[3, 'Stedelijk College']]), youth_work: new Map<number, string>() },
};

const valid = {
  municipality: 'GM0344',
  school1: '3',
  youthWorkName1: 'Jongerenwerk Oost',
  contactName1: 'Noor',
  contactEmail1: 'Noor@Example.nl',
  contactSide1: 'school',
  question: 'Samen\r\nsignaleren',
  hopedStart: 'na de zomer',
};

describe('application form and presenter', () => {
  it('reads a listed school, an entered youth work organisation and a contact', () => {
    const { input, problems } = readApplicationForm(valid, context);
    assert.deepEqual(problems, []);
    assert.deepEqual(input.organisations, [
      { kind: 'school', name: 'Stedelijk College', networkOrganisationId: 3 },
      { kind: 'youth_work', name: 'Jongerenwerk Oost', networkOrganisationId: null },
    ]);
    assert.deepEqual(input.contacts, [
      { name: 'Noor', email: 'noor@example.nl', side: 'school', role: '' },
    ]);
    assert.equal(input.question, 'Samen\nsignaleren');
  });

  it('reports every problem at its field', () => {
    const { problems } = readApplicationForm(
      {
        ...valid,
        municipality: 'GM9999',
        school1: '99',
        youthWorkName1: '',
        contactEmail1: 'fout',
        contactSide1: 'police',
        hopedStart: ['a', 'b'],
      },
      context,
    );
    assert.deepEqual(
      problems.map((p) => [p.field, p.message]),
      [
        ['municipality', 'trajectories.apply.error.municipality'],
        ['school1', 'validation.choose'],
        ['youthWork1', 'trajectories.apply.error.noYouthWork'],
        ['contactEmail1', 'validation.email'],
        ['contactSide1', 'validation.choose'],
        ['hopedStart', 'validation.invalid'],
      ],
    );
  });

  it('names the trajectory after its municipality and first organisations', () => {
    const { input } = readApplicationForm(valid, context);
    assert.equal(
      trajectoryTitle('Utrecht', input.organisations),
      'JOS Utrecht: Stedelijk College & Jongerenwerk Oost',
    );
    assert.equal(
      trajectoryTitle('U', [{ kind: 'school', name: 'x'.repeat(300), networkOrganisationId: null }])
        .length,
      200,
    );
  });

  it('offers the rows of the form and a login that comes back', () => {
    const form = applicationFormOptions({
      school: [{ id: 3, name: 'Stedelijk College', city: 'Zwolle' }],
      youth_work: [],
    });
    assert.equal(form.sides[0].options[0].label, 'Stedelijk College (Zwolle)');
    assert.equal(form.sides[0].rows[0].listed, 'school1');
    assert.equal(form.contacts.length, 6);
    assert.equal(LOGIN_TO_APPLY, '/inloggen?terug=/jos/aanvragen');
    assert.equal(
      waitingDays(new Date('2027-01-01T00:00:00Z'), new Date('2027-01-03T12:00:00Z')),
      2,
    );
  });
});
