import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger, PinoNestLogger } from './common/logging/logger';
import { DemoSeedService } from './demo/demo-seed.service';
import { printDemoAccounts } from './demo/demo-accounts.printer';

async function bootstrap() {
  if (process.env.NODE_ENV !== 'test') {
    try {
      process.loadEnvFile();
    } catch {
      // no .env file: the environment alone
    }
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `Platform JEP cannot start, the configuration is incomplete:\n${error.message}`,
      );
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  configureApp(app, logger);
  // SIGTERM/SIGINT: stop taking requests, let running ones and the mail worker's batch finish.
  app.enableShutdownHooks();
  if (config.seedDemo) {
    const accounts = await app.get(DemoSeedService).seedIfEmpty();
    if (accounts.length) printDemoAccounts(accounts, config.baseUrl);
  }
  await app.listen(config.port);
  logger.info(
    {
      url: config.baseUrl,
      database: config.database.type,
      mail: config.smtpUrl ? 'smtp' : 'local mailbox',
    },
    'Platform JEP is running',
  );
  console.log(`\nPlatform JEP runs on ${config.baseUrl}\n`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
