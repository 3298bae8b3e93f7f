import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import {
  AccessDeniedError,
  AlreadySignedInError,
  SignInRequiredError,
  TwoFactorSetupRequiredError,
} from './access.errors';
import { roleSatisfies } from './role';

/** Deny by default: a route without a declared policy is refused for everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<Request>();
    if (!policy) throw new AccessDeniedError();
    switch (policy.kind) {
      case 'public':
        return true;
      case 'guest':
        if (req.user) throw new AlreadySignedInError();
        return true;
      case 'authenticated':
        if (!req.user) throw new SignInRequiredError();
        return true;
      case 'roles':
        if (!req.user) throw new SignInRequiredError();
        // Staff and admins set up two-factor login before any staff page opens.
        if (req.session?.twoFactorSetupRequired) throw new TwoFactorSetupRequiredError();
        if (!roleSatisfies(req.user.role, policy.roles)) throw new AccessDeniedError();
        return true;
    }
  }
}
