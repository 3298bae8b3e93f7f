import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askOptions, askValues } from './ask.presenter';
import type { AdviceTopic } from './advice-topic.entity';

const topic = (id: number, position: number, active = true): AdviceTopic => ({
  id,
  key: `t${id}`,
  nameNl: `Onderwerp ${id}`,
  nameEn: `Topic ${id}`,
  position,
  active,
});

describe('the /advies form', () => {
  it('offers the active topics in their order, in the page’s language', () => {
    const options = askOptions([topic(1, 3), topic(2, 1), topic(3, 2, false)], 'en');
    assert.deepEqual(options.topicOptions, [
      { value: '2', label: 'Topic 2' },
      { value: '1', label: 'Topic 1' },
    ]);
    assert.equal(askOptions([topic(1, 1)], 'nl').topicOptions[0].label, 'Onderwerp 1');
    assert.deepEqual(
      options.urgencyOptions.map((o) => o.label),
      ['advice.urgency.normal', 'advice.urgency.soon', 'advice.urgency.urgent'],
    );
    assert.equal(options.contactOptions.length, 4);
    assert.equal(options.questionMax, 5000);
  });

  it('prefills a signed-in user from the account, a visitor with nothing', () => {
    const values = askValues({
      name: 'Jeroen Visser',
      email: 'jeroen@example.nl',
      organisation: 'Gemeente Utrecht',
      jobTitle: 'Beleidsadviseur',
      municipalityCode: 'GM0344',
    });
    assert.equal(values.name, 'Jeroen Visser');
    assert.equal(values.role, 'Beleidsadviseur');
    assert.equal(values.municipalityCode, 'GM0344');
    assert.equal(values.urgency, 'normal');
    const visitor = askValues(null);
    assert.equal(visitor.name, '');
    assert.equal(visitor.email, '');
    assert.equal(visitor.contactPreference, 'email');
  });
});
