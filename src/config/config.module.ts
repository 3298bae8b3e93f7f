import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Validated configuration, built once. `@nestjs/config` loads the environment (and `.env` when
 * present); `loadConfig` validates it and is the only place that reads variables.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          ignoreEnvFile: config.nodeEnv === 'test',
          // Fails the boot with the list of problems, the same rules as `loadConfig`.
          validate: (env: Record<string, unknown>) => {
            loadConfig(env as NodeJS.ProcessEnv);
            return env;
          },
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
