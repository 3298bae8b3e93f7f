import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import type { DemoAccount } from './demo-seed.service';

/** Prints the generated demo passwords once, and keeps them in data/demo-accounts.txt (git-ignored). */
export function printDemoAccounts(accounts: DemoAccount[], baseUrl: string): void {
  const lines = [
    `Demo accounts for ${baseUrl}/inloggen (also in data/demo-accounts.txt):`,
    ...accounts.map((a) => `  ${a.role.padEnd(13)} ${a.email.padEnd(30)} ${a.password}`),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  try {
    writeFileSync(join(PROJECT_ROOT, 'data', 'demo-accounts.txt'), `${lines.join('\n')}\n`, {
      mode: 0o600,
    });
  } catch {
    // printing them is enough when data/ is not writable
  }
}
