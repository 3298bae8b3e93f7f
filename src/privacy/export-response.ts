import type { Response } from 'express';
import type { DataExport } from './data-export.service';

/** The export as a JSON attachment that no browser or proxy keeps. */
export function sendExportJson(res: Response, data: DataExport): void {
  const day = data.generatedAt.slice(0, 10);
  res
    .status(200)
    .set({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="jep-gegevens-${data.profile.id}-${day}.json"`,
      'Cache-Control': 'no-store',
    })
    .send(JSON.stringify(data, null, 2));
}
