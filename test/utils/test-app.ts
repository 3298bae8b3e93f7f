import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { MailWorker } from '../../src/mail/mail-worker';
import { SmtpSink } from './smtp-sink';
import { createTestDatabase, TestDatabase } from './test-database';
import { WebClient } from './web-client';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  smtp: SmtpSink | null;
  /** A new browser-like client with its own cookies. */
  client(): WebClient;
  /** Sends all due outbox mail now (the worker does not run on a timer in tests). */
  deliverMail(): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  smtp?: boolean;
  env?: Record<string, string>;
  /** Share the database of another test app (a second instance); it is not dropped by this one. */
  shareDatabaseOf?: TestApp;
  /** Use this SMTP sink instead of starting one. */
  smtpSink?: SmtpSink;
}

/** The real application, through configureApp, on a fresh database; optionally with a real SMTP peer. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db: TestDatabase = options.shareDatabaseOf
    ? { database: options.shareDatabaseOf.config.database, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const ownSmtp = options.smtp && !options.smtpSink ? new SmtpSink() : null;
  const smtp = options.smtpSink ?? ownSmtp;
  const smtpUrl = ownSmtp ? await ownSmtp.start() : smtp ? `smtp://127.0.0.1:${smtp.port}` : '';
  const config: AppConfig = {
    ...loadConfig({
      NODE_ENV: 'test',
      BASE_URL: 'http://jep.test',
      SMTP_URL: smtpUrl,
      ...options.env,
    }),
    database: db.database,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: process.env.TEST_LOG ? undefined : false,
  });
  configureApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    app,
    config,
    dataSource,
    smtp,
    client: () => new WebClient(app.getHttpServer(), new URL(config.baseUrl).origin),
    deliverMail: () => app.get(MailWorker).drain(),
    async close() {
      await app.close();
      await ownSmtp?.stop();
      await db.drop();
    },
  };
}
