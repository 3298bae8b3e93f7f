import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { navigationFor } from './navigation.presenter';

const current = (role: Parameters<typeof navigationFor>[0], path: string) =>
  navigationFor(role, path)
    .filter((i) => i.current)
    .map((i) => i.href);

describe('navigation', () => {
  it('shows each role its own items', () => {
    assert.deepEqual(
      navigationFor(undefined, '/').map((i) => i.href),
      ['/', '/aanbod', '/advies', '/jos', '/jepzine', '/netwerk', '/over'],
    );
    // The network for everyone; managing it for staff (and admin) only.
    assert.ok(!navigationFor({ role: 'partner' }, '/').some((i) => i.href === '/beheer/netwerk'));
    assert.ok(navigationFor({ role: 'staff' }, '/').some((i) => i.href === '/beheer/netwerk'));
    assert.ok(navigationFor({ role: 'admin' }, '/').some((i) => i.href === '/beheer/netwerk'));
    // JEPzine for everyone; managing it for staff (and admin) only.
    assert.ok(
      !navigationFor({ role: 'professional' }, '/').some((i) => i.href === '/beheer/jepzine'),
    );
    assert.ok(navigationFor({ role: 'staff' }, '/').some((i) => i.href === '/beheer/jepzine'));
    assert.ok(navigationFor({ role: 'admin' }, '/').some((i) => i.href === '/beheer/jepzine'));
    assert.ok(navigationFor({ role: 'staff' }, '/').some((i) => i.href === '/beheer/uitvoeringen'));
    assert.ok(!navigationFor({ role: 'staff' }, '/').some((i) => i.href === '/beheer/gebruikers'));
    assert.ok(navigationFor({ role: 'admin' }, '/').some((i) => i.href === '/beheer/gebruikers'));
  });
  it('marks exactly one item current: the closest match', () => {
    assert.deepEqual(current({ role: 'admin' }, '/beheer/uitvoeringen/12'), [
      '/beheer/uitvoeringen',
    ]);
    assert.deepEqual(current({ role: 'admin' }, '/beheer'), ['/beheer']);
    assert.deepEqual(current(undefined, '/uitvoeringen/3'), ['/aanbod']);
    assert.deepEqual(current(undefined, '/inloggen'), []);
    assert.deepEqual(current(undefined, '/jepzine/een-editie'), ['/jepzine']);
    assert.deepEqual(current({ role: 'staff' }, '/beheer/jepzine/abonnees'), ['/beheer/jepzine']);
    assert.deepEqual(current({ role: 'staff' }, '/jepzine'), ['/jepzine']);
    assert.deepEqual(current(undefined, '/netwerk/jongerenwerk-de-brug'), ['/netwerk']);
    assert.deepEqual(current({ role: 'staff' }, '/beheer/netwerk/12'), ['/beheer/netwerk']);
  });
});
