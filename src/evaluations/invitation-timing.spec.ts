import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueMoments, isOpen, postClosesAt, reminderDue } from './invitation-timing';

const DAY = 86_400_000;
const startsAt = new Date('2026-03-10T08:30:00Z');
const endsAt = new Date('2026-03-17T11:30:00Z');
const edition = { startsAt, endsAt };
const at = (base: Date, days: number, ms = 0) => new Date(base.getTime() + days * DAY + ms);
const moments = (now: Date, kinds: ('prepost' | 'evaluation')[] = ['prepost', 'evaluation']) =>
  dueMoments(edition, kinds, now).map((d) => d.moment);

describe('invitation timing', () => {
  it('the pre-measurement is due from 14 days before the first meeting until it starts', () => {
    assert.deepEqual(moments(at(startsAt, -14, -1)), [], 'a moment too early');
    assert.deepEqual(moments(at(startsAt, -14)), ['pre']);
    assert.deepEqual(moments(at(startsAt, 0, -1)), ['pre'], 'just before the start');
    assert.deepEqual(moments(startsAt), [], 'started: too late');
    const [pre] = dueMoments(edition, ['prepost'], at(startsAt, -3));
    assert.equal(pre.closesAt.getTime(), startsAt.getTime(), 'closes at the start');
  });

  it('post and evaluation are due once the last meeting has ended, within 30 days', () => {
    assert.deepEqual(moments(at(endsAt, 0, -1)), [], 'not ended yet');
    assert.deepEqual(moments(endsAt), ['post', 'evaluation']);
    assert.deepEqual(moments(at(endsAt, 30, -1)), ['post', 'evaluation']);
    assert.deepEqual(moments(at(endsAt, 30)), [], 'an old edition is not mailed');
    const [post, evaluation] = dueMoments(edition, ['prepost', 'evaluation'], at(endsAt, 1));
    assert.equal(post.closesAt.getTime(), at(endsAt, 42).getTime(), 'six weeks after the end');
    assert.equal(evaluation.closesAt.getTime(), postClosesAt(endsAt).getTime());
  });

  it('only the moments of the questionnaires the offering has', () => {
    assert.deepEqual(moments(at(startsAt, -1), ['evaluation']), []);
    assert.deepEqual(moments(at(endsAt, 1), ['evaluation']), ['evaluation']);
    assert.deepEqual(moments(at(endsAt, 1), ['prepost']), ['post']);
    assert.deepEqual(moments(at(endsAt, 1), []), []);
    assert.deepEqual(dueMoments({ startsAt: null, endsAt: null }, ['prepost'], endsAt), []);
  });

  it('the reminder is due once, a week after the invitation, when not answered and still open', () => {
    const createdAt = new Date('2026-03-18T09:00:00Z');
    const invitation = {
      createdAt,
      closesAt: at(createdAt, 40),
      remindedAt: null,
      submittedAt: null,
    };
    assert.equal(reminderDue(invitation, at(createdAt, 7, -1)), false, 'six days and a bit');
    assert.equal(reminderDue(invitation, at(createdAt, 7)), true);
    assert.equal(
      reminderDue({ ...invitation, remindedAt: at(createdAt, 7) }, at(createdAt, 8)),
      false,
    );
    assert.equal(
      reminderDue({ ...invitation, submittedAt: at(createdAt, 1) }, at(createdAt, 8)),
      false,
    );
    assert.equal(
      reminderDue({ ...invitation, closesAt: at(createdAt, 5) }, at(createdAt, 8)),
      false,
    );
    assert.equal(isOpen({ closesAt: null }, createdAt), true);
    assert.equal(isOpen({ closesAt: createdAt }, createdAt), false, 'closed at closesAt');
  });
});
