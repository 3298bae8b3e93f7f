import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { AccessibilityCheck, parseAccessibilityCheck } from './statements.presenter';

/**
 * The result of the last automated accessibility test, which the browser suite writes to
 * accessibility-check.json at the project root. Read on every request (it is tiny), so a new
 * run shows without a restart.
 */
@Injectable()
export class AccessibilityCheckReader {
  /** Where the file is; tests point it elsewhere. */
  path = join(PROJECT_ROOT, 'accessibility-check.json');

  async read(): Promise<AccessibilityCheck | null> {
    let text: string | null;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      text = null;
    }
    return parseAccessibilityCheck(text);
  }
}
