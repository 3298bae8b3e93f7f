import type { DataSource } from 'typeorm';
import type { Role } from '../common/access/role';
import { UserTwoFactor } from './two-factor.entity';

/** Staff and admins must use two-factor login; for everyone else it is optional. */
export function twoFactorRequired(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}

/** What comes after the password: a code, the compulsory set-up, or nothing. */
export async function secondStepFor(
  dataSource: DataSource,
  user: { id: number; role: Role },
): Promise<'code' | 'setup' | 'none'> {
  const row = await dataSource.getRepository(UserTwoFactor).findOneBy({ userId: user.id });
  if (row?.enabledAt) return 'code';
  return twoFactorRequired(user.role) ? 'setup' : 'none';
}
