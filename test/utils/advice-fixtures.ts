import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashToken } from '../../src/accounts/account-tokens.service';
import type { User } from '../../src/accounts/user.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import type { AdviceStatus } from '../../src/advice/advice-status';
import { AdviceTopic } from '../../src/advice/advice-topic.entity';

let counter = 0;

export interface AdviceFixture {
  requester?: User | null;
  status?: AdviceStatus;
  adviser?: User | null;
  topicKey?: string;
  municipalityCode?: string;
  submittedAt?: Date;
  closedAt?: Date | null;
  urgency?: AdviceRequest['urgency'];
}

/**
 * An advice request written straight to the database (in the queue unless `status` says
 * otherwise). Returns the request and, for a visitor's request, the raw token of its private link.
 */
export async function createAdviceRequest(
  dataSource: DataSource,
  options: AdviceFixture = {},
): Promise<{ request: AdviceRequest; accessToken: string | null }> {
  counter += 1;
  const topic = await dataSource
    .getRepository(AdviceTopic)
    .findOneByOrFail({ key: options.topicKey ?? 'online_influences' });
  const requester = options.requester ?? null;
  const accessToken = requester ? null : randomBytes(32).toString('base64url');
  const request = await dataSource.getRepository(AdviceRequest).save({
    reference: `AV-TEST-${Date.now() % 100000}-${counter}`,
    status: options.status ?? 'new',
    requesterId: requester?.id ?? null,
    requesterName: requester?.name ?? 'Bezoeker Test',
    requesterEmail: requester?.email ?? `bezoeker${counter}@example.nl`,
    requesterPhone: null,
    organisation: requester?.organisation ?? 'Testschool',
    requesterRole: 'Docent',
    locale: 'nl',
    municipalityCode: options.municipalityCode ?? 'GM0344',
    topicId: topic.id,
    question:
      'Een leerling deelt filmpjes van een extremistische groep. Hoe gaan we het gesprek aan?',
    urgency: options.urgency ?? 'normal',
    contactPreference: 'email',
    adviserId: options.adviser?.id ?? null,
    referredTo: null,
    closeReason: null,
    verificationTokenHash: null,
    accessTokenHash: accessToken ? hashToken(accessToken) : null,
    followUpTokenHash: null,
    submittedAt: options.submittedAt ?? new Date(),
    firstResponseAt: null,
    closedAt: options.closedAt ?? null,
    followUpSentAt: null,
    anonymisedAt: null,
  });
  return { request, accessToken };
}
