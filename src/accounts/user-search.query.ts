import { Role, ROLES } from '../common/access/role';
import { parsePage } from '../common/views/pagination';
import type { UserSearch } from './user-admin.service';

/** Query strings are parsed leniently: anything unexpected is ignored, never an error page. */
export function parseUserSearch(query: Record<string, unknown>): UserSearch {
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const role =
    typeof query.rol === 'string' && (ROLES as readonly string[]).includes(query.rol)
      ? (query.rol as Role)
      : undefined;
  const status =
    query.status === 'active' || query.status === 'unverified' || query.status === 'deactivated'
      ? query.status
      : undefined;
  const page = parsePage(query.pagina);
  return { q: q || undefined, role, status, page };
}
