import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListingContent } from './listing-content';
import {
  CONTACT_ROWS,
  isPlainEmail,
  KnownPlaces,
  LISTING_FORM_FIELDS,
  listingFormValues,
  readApplicantFields,
  readListingForm,
} from './listing-form';

const KNOWN: KnownPlaces = {
  provinces: new Set(['PV21', 'PV20']),
  municipalities: new Set(['GM1900', 'GM0080']),
};

const CONTENT: ListingContent = {
  name: 'Jongerenwerk De Brug',
  type: 'jongerenwerk',
  summary: 'Jongerenwerk in de wijk.',
  description: '## Wat wij doen\n\nWij werken met jongeren.',
  expertise: ['polarisatie', 'online-radicalisering'],
  provinces: ['PV21'],
  municipalities: ['GM0080', 'GM1900'],
  address: 'Brugstraat 1',
  postcode: '8911 AA',
  city: 'Leeuwarden',
  website: 'https://debrug.example.nl',
  publicEmail: 'info@debrug.example.nl',
  publicPhone: '058 123 45 67',
  contacts: [
    {
      name: 'Sanne de Vries',
      jobTitle: 'Coördinator',
      email: 'sanne@debrug.example.nl',
      phone: '+31 (0)58-1234567',
      visibility: 'public',
    },
    { name: 'Jelle Visser', jobTitle: '', email: '', phone: '', visibility: 'staff' },
  ],
};

/** The form as a browser posts it: one value a string, several an array. */
function posted(overrides: Record<string, string | string[]> = {}) {
  return { ...listingFormValues(CONTENT), ...overrides };
}

const fields = (body: unknown) => readListingForm(body, KNOWN).problems.map((p) => p.field);

describe('the listing form', () => {
  it('shows a listing in its flat fields and reads it back unchanged', () => {
    const values = listingFormValues(CONTENT);
    assert.equal(values.contactName1, 'Sanne de Vries');
    assert.equal(values.contactVisibility2, 'staff');
    assert.equal(values.contactName3, '', 'the rows after the contacts are blank');
    assert.equal(values.contactVisibility5, 'staff', 'blank rows default to staff only');
    assert.deepEqual(values.municipalities, ['GM0080', 'GM1900']);
    const { content, problems } = readListingForm(values, KNOWN);
    assert.deepEqual(problems, []);
    assert.deepEqual(content, CONTENT);
  });

  it('declares every field it reads, five contact rows of five fields', () => {
    assert.equal(CONTACT_ROWS, 5);
    for (const f of ['name', 'expertise', 'municipalities', 'contactName5', 'contactVisibility1'])
      assert.ok(LISTING_FORM_FIELDS.includes(f), f);
    assert.equal(LISTING_FORM_FIELDS.filter((f) => f.startsWith('contact')).length, 25);
  });

  it('reads one ticked box as a list, ignores blank rows and trims', () => {
    const { content, problems } = readListingForm(
      posted({
        name: '  De Brug  ',
        expertise: 'weerbaarheid',
        provinces: [],
        municipalities: 'GM1900',
        contactName1: '',
        contactJobTitle1: '',
        contactEmail1: '',
        contactPhone1: '',
        contactVisibility1: 'public',
        contactName2: 'Jelle Visser',
      }),
      KNOWN,
    );
    assert.deepEqual(problems, []);
    assert.equal(content.name, 'De Brug');
    assert.deepEqual(content.expertise, ['weerbaarheid']);
    assert.deepEqual(content.provinces, []);
    assert.deepEqual(content.municipalities, ['GM1900']);
    assert.deepEqual(
      content.contacts.map((c) => c.name),
      ['Jelle Visser'],
      'the blank first row is no contact, whatever its visibility select sent',
    );
  });

  it('keeps expertise in the vocabulary order and drops repeats', () => {
    const { content } = readListingForm(
      posted({ expertise: ['weerbaarheid', 'polarisatie', 'polarisatie'] }),
      KNOWN,
    );
    assert.deepEqual(content.expertise, ['polarisatie', 'weerbaarheid']);
  });

  it('requires a name, a type and a summary, within their lengths', () => {
    assert.deepEqual(fields(posted({ name: '', type: '', summary: ' ' })), [
      'name',
      'type',
      'summary',
    ]);
    assert.deepEqual(fields(posted({ name: 'a'.repeat(200), summary: 'b'.repeat(300) })), []);
    const long = readListingForm(
      posted({ name: 'a'.repeat(201), summary: 'b'.repeat(301), description: 'c'.repeat(10_001) }),
      KNOWN,
    ).problems;
    assert.deepEqual(
      long.map((p) => [p.field, p.message, p.params?.max]),
      [
        ['name', 'validation.tooLong', 200],
        ['summary', 'validation.tooLong', 300],
        ['description', 'validation.tooLong', 10_000],
      ],
    );
    assert.deepEqual(fields(posted({ description: 'c'.repeat(10_000) })), []);
    assert.deepEqual(fields(posted({ type: 'sekte' })), ['type']);
  });

  it('refuses unknown expertise, provinces and municipalities at their fields', () => {
    const problems = readListingForm(
      posted({
        expertise: ['polarisatie', 'wapenhandel'],
        provinces: ['PV21', 'PV99'],
        municipalities: ["GM0080' OR 1=1 --"],
      }),
      KNOWN,
    ).problems;
    assert.deepEqual(
      problems.map((p) => [p.field, p.message]),
      [
        ['expertise', 'networkModeration.error.unknownExpertise'],
        ['provinces', 'network.error.unknownPlace'],
        ['municipalities', 'network.error.unknownPlace'],
      ],
    );
  });

  it('accepts only http(s) websites', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://x.nl', 'www.debrug.nl', 'data:text/html,x'])
      assert.deepEqual(fields(posted({ website: bad })), ['website'], bad);
    assert.deepEqual(fields(posted({ website: 'http://debrug.nl/over' })), []);
    assert.deepEqual(fields(posted({ website: '' })), []);
  });

  it('accepts only one plain e-mail address, never a header injection', () => {
    for (const bad of [
      'info@debrug.nl\r\nBcc: spam@x.nl',
      'info@debrug.nl, spam@x.nl',
      'Info <info@debrug.nl>',
      'geen-adres',
      `${'a'.repeat(250)}@x.nl`,
    ]) {
      assert.equal(isPlainEmail(bad), false, bad);
      assert.deepEqual(fields(posted({ publicEmail: bad })), ['publicEmail'], bad);
      assert.deepEqual(fields(posted({ contactEmail1: bad })), ['contactEmail1'], bad);
    }
    const { content } = readListingForm(posted({ publicEmail: 'Info@DeBrug.nl' }), KNOWN);
    assert.equal(content.publicEmail, 'info@debrug.nl');
  });

  it('accepts phone numbers of digits, spaces and + - ( ), at most 30', () => {
    for (const good of ['058 123 45 67', '+31 (0)58-1234567', '112'])
      assert.deepEqual(fields(posted({ publicPhone: good })), [], good);
    for (const bad of ['bel ons', '058/1234567', '+-()', `${'1'.repeat(31)}`])
      assert.deepEqual(fields(posted({ publicPhone: bad })), ['publicPhone'], bad);
    assert.deepEqual(fields(posted({ contactPhone2: 'x' })), ['contactPhone2']);
  });

  it('needs a name in a contact row with anything in it, and a known visibility', () => {
    const problems = readListingForm(
      posted({
        contactName2: '',
        contactEmail2: 'jelle@debrug.nl',
        contactVisibility1: 'iedereen',
      }),
      KNOWN,
    ).problems;
    assert.deepEqual(
      problems.map((p) => [p.field, p.message, p.params?.n]),
      [
        ['contactVisibility1', 'validation.choose', undefined],
        ['contactName2', 'networkModeration.error.contactName', 2],
      ],
    );
  });

  it('refuses line breaks in one-line fields and a repeated one-value field', () => {
    assert.deepEqual(fields(posted({ name: 'De Brug\r\nBcc: x' })), ['name']);
    assert.deepEqual(fields(posted({ name: ['De Brug', 'Andere'] })), ['name']);
    // The description is Markdown: its line breaks are kept, \r\n as \n.
    const { content, problems } = readListingForm(posted({ description: 'a\r\n\r\nb' }), KNOWN);
    assert.deepEqual(problems, []);
    assert.equal(content.description, 'a\n\nb');
  });

  it('reads the applicant fields: a name and a motivation of at most 3,000 characters', () => {
    assert.deepEqual(readApplicantFields({ applicantName: 'Fatima', motivation: 'Omdat.' }), {
      applicantName: 'Fatima',
      motivation: 'Omdat.',
      problems: [],
    });
    assert.deepEqual(
      readApplicantFields({ applicantName: '', motivation: 'x'.repeat(3001) }).problems.map((p) => [
        p.field,
        p.message,
      ]),
      [
        ['applicantName', 'validation.required'],
        ['motivation', 'validation.tooLong'],
      ],
    );
    assert.deepEqual(
      readApplicantFields({ applicantName: 'F', motivation: '' }).problems[0].field,
      'motivation',
    );
  });
});
