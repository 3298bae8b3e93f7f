import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { IMPORT_MAX_BYTES } from './subscriber-import.service';

export const IMPORT_UPLOAD_ERROR = 'importUploadError';

export interface ImportUpload {
  file?: { buffer: Buffer; originalname: string };
  [IMPORT_UPLOAD_ERROR]?: 'tooLarge' | 'invalid';
}

const upload = multer({
  storage: multer.memoryStorage(),
  // file names as browsers send them: UTF-8
  defParamCharset: 'utf8',
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 },
}).single('file');

/**
 * Reads the multipart form of the subscriber import before the guards run, so the CSRF guard
 * finds the form's token in the body (as CredentialUploadMiddleware does). A too large or broken
 * upload is noted on the request and answered by the controller on the form, not an error page.
 */
@Injectable()
export class ImportUploadMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    if (!req.is('multipart/form-data')) return next();
    upload(req, res, (error: unknown) => {
      if (error) {
        const code = (error as { code?: string }).code;
        (req as Request & ImportUpload)[IMPORT_UPLOAD_ERROR] =
          code === 'LIMIT_FILE_SIZE' ? 'tooLarge' : 'invalid';
        req.body ??= {};
      }
      next();
    });
  }
}
