import type { Role } from '../access/role';
import { roleSatisfies } from '../access/role';
import type { MessageKey } from '../i18n/i18n';

interface NavItem {
  href: string;
  label: MessageKey;
  /** who sees it: 'all', 'guest', 'user' or roles */
  audience: 'all' | 'guest' | 'user' | readonly Role[];
  /** other path prefixes that belong to this item */
  also?: string[];
}

/** The main navigation; each domain's entry appears here once that domain exists. */
const ITEMS: NavItem[] = [
  { href: '/', label: 'nav.home', audience: 'all' },
  { href: '/aanbod', label: 'nav.catalogue', audience: 'all', also: ['/uitvoeringen'] },
  { href: '/advies', label: 'nav.advice', audience: 'all' },
  { href: '/jos', label: 'nav.jos', audience: 'all' },
  { href: '/jepzine', label: 'nav.jepzine', audience: 'all' },
  { href: '/netwerk', label: 'nav.network', audience: 'all' },
  { href: '/over', label: 'nav.about', audience: 'all' },
  { href: '/mijn', label: 'nav.mine', audience: 'user' },
  { href: '/beheer', label: 'nav.staff', audience: ['staff'] },
  { href: '/beheer/aanbod', label: 'nav.offerings', audience: ['staff'] },
  { href: '/beheer/uitvoeringen', label: 'nav.editions', audience: ['staff'] },
  { href: '/beheer/jepzine', label: 'nav.jepzineAdmin', audience: ['staff'] },
  { href: '/beheer/netwerk', label: 'nav.networkAdmin', audience: ['staff'] },
  { href: '/beheer/advies', label: 'nav.adviceAdmin', audience: ['staff'] },
  { href: '/beheer/jos', label: 'nav.josAdmin', audience: ['staff'] },
  { href: '/beheer/rapportages', label: 'nav.reports', audience: ['staff'] },
  { href: '/beheer/gebruikers', label: 'nav.users', audience: ['admin'] },
  { href: '/beheer/audit', label: 'nav.audit', audience: ['admin'] },
  { href: '/beheer/bewaartermijnen', label: 'nav.retention', audience: ['admin'] },
  { href: '/beheer/mailbox', label: 'nav.mailbox', audience: ['admin'] },
];

/** How well an item matches the path: the length of its longest matching prefix, 0 for none. */
function matchLength(item: NavItem, path: string): number {
  if (item.href === '/') return path === '/' ? 1 : 0;
  const hits = [item.href, ...(item.also ?? [])].filter(
    (p) => path === p || path.startsWith(`${p}/`),
  );
  return Math.max(0, ...hits.map((p) => p.length));
}

/** The items this user sees; the best match for the current path is marked current (only one). */
export function navigationFor(user: { role: Role } | undefined, currentPath: string) {
  const visible = ITEMS.filter((item) => {
    if (item.audience === 'all') return true;
    if (item.audience === 'guest') return !user;
    if (item.audience === 'user') return !!user;
    return !!user && roleSatisfies(user.role, item.audience);
  });
  const best = Math.max(0, ...visible.map((item) => matchLength(item, currentPath)));
  return visible.map((item) => ({
    href: item.href,
    label: item.label,
    current: best > 0 && matchLength(item, currentPath) === best,
  }));
}
