import { Module } from '@nestjs/common';
import { CredentialService } from './credential.service';
import { SigningKeys } from './signing-keys';
import { WellKnownController } from './well-known.controller';

/**
 * Signed credentials (Open Badges 3.0 as VC-JWT, Ed25519): the key store, signing and
 * verifying, and the public `/.well-known` documents verifiers need.
 */
@Module({
  controllers: [WellKnownController],
  providers: [SigningKeys, CredentialService],
  exports: [SigningKeys, CredentialService],
})
export class CredentialsModule {}
