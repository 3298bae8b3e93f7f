import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterSubscriber, SubscriberStatus } from '../../src/newsletter/subscriber.entity';

/** `count` subscribers written straight to the database, e-mail `<prefix>-<n>@example.org`. */
export async function createSubscribers(
  ds: DataSource,
  count: number,
  options: { prefix?: string; status?: SubscriberStatus; topics?: string; locale?: string } = {},
): Promise<NewsletterSubscriber[]> {
  const prefix = options.prefix ?? 'abonnee';
  const repo = ds.getRepository(NewsletterSubscriber);
  const rows = Array.from({ length: count }, (_, i) =>
    repo.create({
      email: `${prefix}-${i + 1}@example.org`,
      name: `Abonnee ${i + 1}`,
      status: options.status ?? 'subscribed',
      topics: options.topics ?? '',
      locale: options.locale ?? 'nl',
      manageToken: randomBytes(32).toString('base64url'),
      confirmTokenHash: null,
      confirmSentAt: null,
      userId: null,
      subscribedAt: new Date(),
      unsubscribedAt: null,
      bouncedAt: null,
      bounceReason: null,
    }),
  );
  const saved: NewsletterSubscriber[] = [];
  for (let i = 0; i < rows.length; i += 500)
    saved.push(...(await repo.save(rows.slice(i, i + 500))));
  return saved;
}

/** A draft issue, written straight to the database. */
export function createIssue(
  ds: DataSource,
  fields: Partial<NewsletterIssue> = {},
): Promise<NewsletterIssue> {
  const repo = ds.getRepository(NewsletterIssue);
  const slug = fields.slug ?? `editie-${randomBytes(4).toString('hex')}`;
  return repo.save(
    repo.create({
      slug,
      title: 'Samen tegen polarisatie',
      summary: 'Ervaringen uit de klas en het jongerenwerk.',
      bodyMarkdown:
        '## Wat werkt\n\nEen jongerenwerker op school, **elke week**.\n\n- Luisteren\n- Vragen stellen\n\n[Lees meer](/aanbod) en ![Foto](/images/klas.jpg)',
      audiences: '',
      status: 'draft',
      scheduledAt: null,
      startedAt: null,
      finishedAt: null,
      recoveredInFlight: 0,
      createdBy: null,
      ...fields,
    }),
  );
}
