import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleSatisfies } from './role';

describe('roleSatisfies', () => {
  it('lets admins pass every role check', () => {
    assert.equal(roleSatisfies('admin', ['staff']), true);
    assert.equal(roleSatisfies('admin', ['trainer']), true);
  });
  it('lets staff do what trainers and partners may, but not what admins may', () => {
    assert.equal(roleSatisfies('staff', ['trainer']), true);
    assert.equal(roleSatisfies('staff', ['partner']), true);
    assert.equal(roleSatisfies('staff', ['admin']), false);
  });
  it('keeps professionals, partners and trainers to their own role', () => {
    assert.equal(roleSatisfies('professional', ['staff']), false);
    assert.equal(roleSatisfies('partner', ['trainer']), false);
    assert.equal(roleSatisfies('trainer', ['trainer']), true);
  });
});
