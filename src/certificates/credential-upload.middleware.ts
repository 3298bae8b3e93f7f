import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';

/** A credential file is a few kilobytes; anything over this is refused with a message. */
export const CREDENTIAL_MAX_BYTES = 64 * 1024;
export const UPLOAD_ERROR = 'credentialUploadError';

export interface UploadedCredential {
  file?: { buffer: Buffer };
  [UPLOAD_ERROR]?: 'tooLarge' | 'invalid';
}

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: CREDENTIAL_MAX_BYTES, files: 1, fields: 5, fieldSize: CREDENTIAL_MAX_BYTES },
}).single('file');

/**
 * Reads the multipart form of the credential check before the guards run, so the CSRF guard
 * finds the form's token in the body. A too large or broken upload is noted on the request and
 * answered by the controller with a clear message, not an error page.
 */
@Injectable()
export class CredentialUploadMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    if (!req.is('multipart/form-data')) return next();
    upload(req, res, (error: unknown) => {
      if (error) {
        const code = (error as { code?: string }).code;
        (req as Request & UploadedCredential)[UPLOAD_ERROR] =
          code === 'LIMIT_FILE_SIZE' || code === 'LIMIT_FIELD_VALUE' ? 'tooLarge' : 'invalid';
        req.body ??= {};
      }
      next();
    });
  }
}
