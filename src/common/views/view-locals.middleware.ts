import type { RequestHandler } from 'express';
import { csrf } from '../http/csrf';
import { translate, isLocale } from '../i18n/i18n';
import { navigationFor } from './navigation.presenter';

/** What every page's layout needs: the user, navigation, flash, language links, a lazy CSRF token. */
export function viewLocalsMiddleware(baseUrl: string): RequestHandler {
  return (req, res, next) => {
    const locale = isLocale(res.locals.locale) ? res.locals.locale : 'nl';
    res.locals.currentUser = req.user
      ? { name: req.user.name, role: req.user.role, roleLabel: `role.${req.user.role}` }
      : null;
    res.locals.navigation = navigationFor(req.user, req.path);
    res.locals.baseUrl = baseUrl;
    res.locals.currentPath = req.originalUrl;
    res.locals.languages = (['nl', 'en'] as const).map((l) => ({
      code: l,
      label: translate(l, `locale.${l}`),
      href: `/taal/${l}?terug=${encodeURIComponent(req.originalUrl)}`,
      current: l === locale,
    }));
    // Called by the {{csrfField}} helper: only pages with a form create a session.
    res.locals.csrfToken = () => csrf.generateToken(req);
    const flash = req.session?.flash;
    if (flash) {
      delete req.session.flash;
      res.locals.flash = { type: flash.type, message: translate(locale, flash.key, flash.params) };
    }
    next();
  };
}
