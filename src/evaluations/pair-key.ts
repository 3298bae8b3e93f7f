import { createHmac } from 'node:crypto';

/**
 * The key that pairs one participant's pre- and post-measurement: an HMAC of the enrolment id.
 * The same enrolment always gives the same key, and the key does not reveal the enrolment to
 * anyone without the secret (AppConfig.evaluationPairingSecret).
 */
export function pairKey(secret: string, enrolmentId: number): string {
  return createHmac('sha256', secret).update(`enrolment:${enrolmentId}`).digest('hex');
}
