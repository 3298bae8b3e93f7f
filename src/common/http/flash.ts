import type { Request } from 'express';
import type { MessageKey } from '../i18n/i18n';

export type FlashType = 'success' | 'info' | 'warning' | 'error';

/** A one-time message shown on the next page (after a POST → redirect). */
export function flash(
  req: Request,
  type: FlashType,
  key: MessageKey,
  params?: Record<string, string>,
): void {
  req.session.flash = { type, key, ...(params ? { params } : {}) };
}
