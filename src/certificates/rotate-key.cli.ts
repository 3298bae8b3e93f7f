import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config/app-config';
import { SigningKeys } from './signing-keys';

/**
 * `npm run keys:rotate`: adds a new certificate signing key to CERTIFICATE_KEY_FILE (or creates
 * the file when there is none). The new key signs from now on; the old keys stay in the file,
 * published and verifying, so credentials signed before remain valid. Running instances that
 * read the same file pick up the change at their next signature, without a restart.
 */
async function main() {
  if (process.env.NODE_ENV !== 'test') {
    try {
      process.loadEnvFile();
    } catch {
      // no .env file: the environment alone
    }
  }
  Logger.overrideLogger(['warn', 'error']);
  const config = loadConfig();
  const keys = new SigningKeys(config);
  if (!existsSync(keys.file)) {
    await keys.onModuleInit();
    const [first] = await keys.all();
    console.log(`No key file yet: created ${keys.file} with signing key ${first.kid}.`);
    return;
  }
  await keys.onModuleInit();
  const before = (await keys.all()).length;
  const { kid } = await keys.rotate();
  console.log(
    `New signing key ${kid} in ${keys.file}; ${before} older key${before === 1 ? '' : 's'} kept for verification.`,
  );
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? `The configuration is incomplete:\n${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
