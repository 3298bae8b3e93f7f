import { Injectable } from '@nestjs/common';
import { AuthenticationService } from './authentication.service';
import { createPassport, PassportInstance } from './passport.setup';

/** This application's passport instance (configured with the local strategy). */
@Injectable()
export class PassportProvider {
  readonly instance: PassportInstance;

  constructor(auth: AuthenticationService) {
    this.instance = createPassport(auth);
  }
}
