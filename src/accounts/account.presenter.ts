import { ROLES } from '../common/access/role';
import { formatDate, formatDateTime } from '../common/views/format';
import { SECTORS } from './sector';
import type { User } from './user.entity';

/** Option lists carry message keys; the views translate them. */
export function sectorOptions() {
  return SECTORS.map((value) => ({ value, label: `sector.${value}` }));
}

export function roleOptions() {
  return ROLES.map((value) => ({ value, label: `role.${value}` }));
}

export type UserStatus = 'active' | 'unverified' | 'deactivated';

export function userStatus(user: Pick<User, 'deactivatedAt' | 'emailVerifiedAt'>): UserStatus {
  if (user.deactivatedAt) return 'deactivated';
  return user.emailVerifiedAt ? 'active' : 'unverified';
}

export function userRow(user: User, locale: string) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    organisation: user.organisation,
    roleLabel: `role.${user.role}`,
    status: userStatus(user),
    statusLabel: `userStatus.${userStatus(user)}`,
    createdAt: formatDate(user.createdAt, locale),
    href: `/beheer/gebruikers/${user.id}`,
  };
}

export function userDetail(user: User, locale: string) {
  return {
    ...userRow(user, locale),
    role: user.role,
    jobTitle: user.jobTitle,
    sectorLabel: `sector.${user.sector}`,
    municipality: user.municipality?.name ?? user.municipalityCode,
    skjNumber: user.skjNumber,
    lastLoginAt: user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : null,
    deactivated: !!user.deactivatedAt,
  };
}

/** The profile form's values from the stored account. */
export function profileValues(user: User) {
  return {
    name: user.name,
    organisation: user.organisation,
    jobTitle: user.jobTitle,
    sector: user.sector,
    municipalityCode: user.municipalityCode,
    skjNumber: user.skjNumber ?? '',
    locale: user.locale,
  };
}
