import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/accounts/password-hasher';
import { User } from '../../src/accounts/user.entity';
import type { Role } from '../../src/common/access/role';
import type { WebClient } from './web-client';

let counter = 0;

export const TEST_PASSWORD = 'een lange zin als wachtwoord';

/** A verified, active account, written straight to the database. */
export async function createUser(
  dataSource: DataSource,
  overrides: Partial<User> & { password?: string } = {},
): Promise<User> {
  counter += 1;
  const { password, ...fields } = overrides;
  const repo = dataSource.getRepository(User);
  return repo.save(
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
}

/** Signs in through the login form, as a user would. */
export async function signIn(client: WebClient, email: string, password = TEST_PASSWORD) {
  const page = await client.submit('/inloggen', { email, password }, false);
  if (page.status !== 303) throw new Error(`Sign-in failed for ${email}: ${page.status}`);
  return page;
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
