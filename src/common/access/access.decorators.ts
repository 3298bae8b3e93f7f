import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const ACCESS_POLICY = 'jep:access-policy';

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] }
  /** Only for visitors who are not signed in (login, register): signed-in users go to /mijn. */
  | { kind: 'guest' };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
/** Any signed-in user. */
export const Authenticated = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);
/** Signed-in users with one of these roles (admin passes every role check). */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
/** Pages for visitors who are not signed in. */
export const GuestOnly = () => SetMetadata(ACCESS_POLICY, { kind: 'guest' } satisfies AccessPolicy);
