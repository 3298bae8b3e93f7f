import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/accounts/password-hasher';
import { User } from '../../src/accounts/user.entity';
import type { Role } from '../../src/common/access/role';
import { loadConfig } from '../../src/config/app-config';
import { base32Decode } from '../../src/two-factor/base32';
import { SecretBox } from '../../src/two-factor/secret-box';
import { hotp, timeStep } from '../../src/two-factor/totp';
import { UserTwoFactor } from '../../src/two-factor/two-factor.entity';
import type { Page, WebClient } from './web-client';

let counter = 0;

export const TEST_PASSWORD = 'een lange zin als wachtwoord';

/**
 * Two-factor login in tests. Staff and admins must use it, so `createUser` gives them an enabled
 * authenticator with this known secret (unless `twoFactor: false`), and `signIn` (and the
 * browser session's signIn) answer the code step with the current TOTP code, as the app would.
 */
export const TEST_TOTP_SECRET = Buffer.from('platform-jep-test-ts');
const knownSecrets = new Map<
  string,
  { secret: Buffer; dataSource?: DataSource; lastStep: number }
>();

/** The encrypted form of a secret, as the test app (SESSION_SECRET by default) stores it. */
export function sealTestSecret(secret: Buffer): string {
  const config = loadConfig({ NODE_ENV: 'test' });
  return new SecretBox(config.twoFactorKey ?? config.sessionSecret).seal(secret);
}

/** A code the app accepts now for this signed-up e-mail address, never one used before by a helper. */
export async function nextTotpCode(email: string, now = Date.now()): Promise<string> {
  const known = knownSecrets.get(email);
  if (!known) throw new Error(`No known two-factor secret for ${email}`);
  const current = timeStep(now);
  let step = Math.max(current, known.lastStep + 1);
  if (step > current + 1) {
    // signed in twice already in this 30 seconds: forget the last step (test-only shortcut)
    if (known.dataSource) {
      const repo = known.dataSource.getRepository(UserTwoFactor);
      const user = await known.dataSource.getRepository(User).findOneBy({ email });
      if (user) await repo.update({ userId: user.id }, { lastUsedStep: null });
      step = current;
    } else {
      await new Promise((r) => setTimeout(r, ((step - 1) * 30 + 1) * 1000 - now));
      step = timeStep(Date.now());
    }
  }
  known.lastStep = step;
  return hotp(known.secret, step);
}

/** Remembers a secret for `email` (tests that set two-factor login up themselves may call it). */
export function rememberTotpSecret(email: string, secret: Buffer, dataSource?: DataSource): void {
  knownSecrets.set(email, { secret, dataSource, lastStep: -1 });
}

/** A verified, active account, written straight to the database. */
export async function createUser(
  dataSource: DataSource,
  overrides: Partial<User> & { password?: string; twoFactor?: boolean } = {},
): Promise<User> {
  counter += 1;
  const { password, twoFactor, ...fields } = overrides;
  const repo = dataSource.getRepository(User);
  const user = await repo.save(
    repo.create({
      email: `gebruiker${counter}-${Date.now()}@example.nl`,
      name: `Test Gebruiker ${counter}`,
      passwordHash: await hashPassword(password ?? TEST_PASSWORD),
      role: 'professional' as Role,
      organisation: 'Testorganisatie',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
      skjNumber: null,
      locale: 'nl',
      emailVerifiedAt: new Date(),
      deactivatedAt: null,
      lastLoginAt: null,
      ...fields,
    }),
  );
  if (twoFactor ?? (user.role === 'staff' || user.role === 'admin')) {
    await dataSource.getRepository(UserTwoFactor).insert({
      userId: user.id,
      secretEncrypted: sealTestSecret(TEST_TOTP_SECRET),
      enabledAt: new Date(),
      lastUsedStep: null,
    });
    rememberTotpSecret(user.email, TEST_TOTP_SECRET, dataSource);
  }
  return user;
}

/** Signs in through the login form, as a user would. */
export async function signIn(client: WebClient, email: string, password = TEST_PASSWORD) {
  const page = await client.submit('/inloggen', { email, password }, false);
  if (page.status !== 303) throw new Error(`Sign-in failed for ${email}: ${page.status}`);
  if (page.location === '/inloggen/code') {
    const step = await client.submit('/inloggen/code', { code: await nextTotpCode(email) }, false);
    if (step.status !== 303) throw new Error(`Two-factor step failed for ${email}: ${step.status}`);
    return step;
  }
  if (page.location === '/mijn/tweestapsverificatie') await setUpTwoFactor(client, email);
  return page;
}

/** Sets up two-factor login as a user would: reads the secret from the page, types the code. */
export async function setUpTwoFactor(client: WebClient, email: string): Promise<Page> {
  const setup = await client.get('/mijn/tweestapsverificatie');
  const secret = base32Decode(setup.$('[data-secret]').text());
  if (!secret?.length) throw new Error(`No two-factor secret shown to ${email}`);
  rememberTotpSecret(email, secret);
  const done = await client.post('/mijn/tweestapsverificatie', { code: await nextTotpCode(email) });
  if (done.status !== 303) throw new Error(`Two-factor set-up failed for ${email}: ${done.status}`);
  return done;
}

export async function signedInClient(
  newClient: () => WebClient,
  dataSource: DataSource,
  role: Role,
) {
  const user = await createUser(dataSource, { role });
  const client = newClient();
  await signIn(client, user.email);
  return { client, user };
}
