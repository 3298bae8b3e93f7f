/** Roles in ascending order of reach. An admin can do everything staff can, and more. */
export const ROLES = ['professional', 'partner', 'trainer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Does a user with `role` pass a route that asks for one of `required`? Admin passes every check. */
export function roleSatisfies(role: Role, required: readonly Role[]): boolean {
  if (role === 'admin') return true;
  if (required.includes(role)) return true;
  // Staff may do what trainers and partners may (they plan editions and moderate the directory).
  return role === 'staff' && required.some((r) => r === 'trainer' || r === 'partner');
}
