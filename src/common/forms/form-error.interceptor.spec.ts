import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldLabels } from './form-error.interceptor';

describe('fieldLabels', () => {
  it('reads each field label and fieldset legend of a rendered form, without the "optional" note', () => {
    const html = `
      <label class="utrecht-form-label" for="field-name">Naam</label>
      <label class="utrecht-form-label" for="field-skjNumber">SKJ-registratienummer <span class="jep-optional">(niet verplicht)</span></label>
      <fieldset class="utrecht-form-fieldset" id="field-mode"><legend class="x">Waar vindt de bijeenkomst plaats?</legend>
      <label for="field-mode-online">Online</label></fieldset>`;
    assert.deepEqual(fieldLabels(html), {
      name: 'Naam',
      skjNumber: 'SKJ-registratienummer',
      mode: 'Waar vindt de bijeenkomst plaats?',
      'mode-online': 'Online',
    });
  });
});
