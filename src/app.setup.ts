import { INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import type { Logger as PinoLogger } from 'pino';
import { enforceSessionLifetime, sessionMiddleware } from './accounts/session.config';
import { PassportProvider } from './accounts/passport.provider';
import { SessionStoreProvider } from './accounts/session-store.provider';
import { renderErrorPage } from './common/errors/error-page';
import { createValidationPipe } from './common/forms/validation';
import { stripNul } from './common/http/strip-nul';
import { localeMiddleware } from './common/i18n/locale.middleware';
import { createLogger, httpLogger } from './common/logging/logger';
import { configureViews } from './common/views/handlebars';
import { viewLocalsMiddleware } from './common/views/view-locals.middleware';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.module';
import { NODE_MODULES_DIR, PUBLIC_DIR, VIEWS_DIR } from './config/paths';

/** Vendor CSS served from node_modules under /css/vendor (no CDN). */
const VENDOR_CSS: Record<string, string> = {
  'utrecht-components.css': '@utrecht/component-library-css/dist/index.css',
  'utrecht-tokens.css': '@utrecht/design-tokens/dist/index.css',
};

/**
 * Everything around the routes, in order. main.ts and every test call this one function, so the
 * app under test is the app in production.
 */
export function configureApp(nestApp: INestApplication, givenLogger?: PinoLogger): void {
  const app = nestApp as NestExpressApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  const logger = givenLogger ?? createLogger(config.logLevel);
  app.use(httpLogger(logger));

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      hsts: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    next();
  });

  // Static files before sessions: a stylesheet never touches the session store.
  for (const [name, file] of Object.entries(VENDOR_CSS)) {
    const path = join(NODE_MODULES_DIR, file);
    app.use(`/css/vendor/${name}`, (_req: Request, res: Response) =>
      res.sendFile(path, { maxAge: '7d' }),
    );
  }
  app.useStaticAssets(PUBLIC_DIR, {
    maxAge: config.nodeEnv === 'production' ? '1d' : 0,
    index: false,
  });

  // Request size limits; urlencoded without nesting (one value or a list per field).
  // A JEPzine issue is up to 100,000 characters of Markdown, several times as many bytes once
  // url-encoded: its forms get a larger limit, so a too long text gets the form's own message.
  app.use(
    '/beheer/jepzine',
    express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 200 }),
  );
  // A network listing: a 10,000-character description and up to every municipality ticked.
  app.use(
    ['/mijn/organisatie', '/netwerk/aanmelden', '/beheer/netwerk'],
    express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 600 }),
  );
  // An advice question or reply far over its limit (in any script) still gets the form's message.
  app.use(
    ['/advies', '/mijn/advies'],
    express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 200 }),
  );
  app.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 }));
  app.use(express.json({ limit: '64kb' }));
  app.use(stripNul);

  const store = app.get(SessionStoreProvider).store;
  app.use(sessionMiddleware(config, store));
  app.use(enforceSessionLifetime(config));
  const passport = app.get(PassportProvider).instance;
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(localeMiddleware());
  app.use(viewLocalsMiddleware(config.baseUrl));

  // Errors raised by the middleware above (body too large, malformed body, session store down).
  const errorLogger = new Logger('Http');
  app.use(
    (
      error: { status?: number; type?: string; stack?: string },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      if (!res.locals.locale) res.locals.locale = 'nl';
      const status = error.status ?? 500;
      if (status >= 500) errorLogger.error(error.stack ?? JSON.stringify(error));
      renderErrorPage(
        req,
        res,
        status === 413 ? 'tooLarge' : status >= 500 ? 'server' : 'badRequest',
      );
    },
  );

  configureViews(app, VIEWS_DIR, config.nodeEnv !== 'development');
  app.useGlobalPipes(createValidationPipe());
}
