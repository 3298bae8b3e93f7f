import type { Role } from '../access/role';
import { roleSatisfies } from '../access/role';
import type { MessageKey } from '../i18n/i18n';

interface NavItem {
  href: string;
  label: MessageKey;
  /** who sees it: 'all', 'guest', 'user' or roles */
  audience: 'all' | 'guest' | 'user' | readonly Role[];
}

/** The main navigation; each domain's entry appears here once that domain exists. */
const ITEMS: NavItem[] = [
  { href: '/', label: 'nav.home', audience: 'all' },
  { href: '/aanbod', label: 'nav.catalogue', audience: 'all' },
  { href: '/over', label: 'nav.about', audience: 'all' },
  { href: '/mijn', label: 'nav.mine', audience: 'user' },
  { href: '/beheer', label: 'nav.staff', audience: ['staff'] },
  { href: '/beheer/aanbod', label: 'nav.offerings', audience: ['staff'] },
  { href: '/beheer/uitvoeringen', label: 'nav.editions', audience: ['staff'] },
  { href: '/beheer/gebruikers', label: 'nav.users', audience: ['admin'] },
  { href: '/beheer/audit', label: 'nav.audit', audience: ['admin'] },
  { href: '/beheer/mailbox', label: 'nav.mailbox', audience: ['admin'] },
];

export function navigationFor(user: { role: Role } | undefined, currentPath: string) {
  return ITEMS.filter((item) => {
    if (item.audience === 'all') return true;
    if (item.audience === 'guest') return !user;
    if (item.audience === 'user') return !!user;
    return !!user && roleSatisfies(user.role, item.audience);
  }).map((item) => ({
    href: item.href,
    label: item.label,
    current:
      item.href === '/'
        ? currentPath === '/'
        : currentPath === item.href || currentPath.startsWith(`${item.href}/`),
  }));
}
