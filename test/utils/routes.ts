import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy } from '../../src/common/access/access.decorators';
import { CSRF_BY_ORIGIN, CSRF_EXEMPT } from '../../src/common/http/csrf';

export interface RouteInfo {
  method: string;
  path: string;
  controller: string;
  handler: string;
  policy: AccessPolicy | undefined;
  /** The reason given with @CsrfExempt, when the route takes changes without a CSRF token. */
  csrfExempt: string | undefined;
  /** The reason given with @CsrfByOrigin, when the route is checked by its Origin header. */
  csrfByOrigin: string | undefined;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

/** Every route the application registered, with its declared access policy (if any). */
export function registeredRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const base = String(Reflect.getMetadata('path', controller) ?? '');
      const classPolicy = Reflect.getMetadata(ACCESS_POLICY, controller) as
        AccessPolicy | undefined;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata('path', handler) as string | string[] | undefined;
        const method = Reflect.getMetadata('method', handler) as number | undefined;
        if (path === undefined || method === undefined) continue;
        for (const p of Array.isArray(path) ? path : [path]) {
          const full = `/${[base, p]
            .map((s) => s.replace(/^\/+|\/+$/g, ''))
            .filter(Boolean)
            .join('/')}`;
          routes.push({
            method: METHODS[method],
            path: full,
            controller: controller.name,
            handler: name,
            policy:
              (Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined) ??
              classPolicy,
            csrfExempt: Reflect.getMetadata(CSRF_EXEMPT, handler) as string | undefined,
            csrfByOrigin: Reflect.getMetadata(CSRF_BY_ORIGIN, handler) as string | undefined,
          });
        }
      }
    }
  }
  return routes;
}
