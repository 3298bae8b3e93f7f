import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { PNG } from 'pngjs';

/** Reading PDFs back in tests, with libraries independent of the ones that wrote them. */

export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Rebuilds a PNG file from a PDF image XObject whose data is FlateDecode with a PNG predictor:
 * such data is exactly a PNG's IDAT stream, so only the header (and palette) are needed.
 */
export function imageAsPng(stream: PDFRawStream): Buffer {
  const dict = stream.dict;
  const width = dict.lookup(PDFName.of('Width'), PDFNumber).asNumber();
  const height = dict.lookup(PDFName.of('Height'), PDFNumber).asNumber();
  const bits = dict.lookup(PDFName.of('BitsPerComponent'), PDFNumber).asNumber();
  assert.equal(dict.lookup(PDFName.of('Filter')), PDFName.of('FlateDecode'));
  const params = dict.lookup(PDFName.of('DecodeParms'), PDFDict);
  assert.ok(params.lookup(PDFName.of('Predictor'), PDFNumber).asNumber() >= 10);

  const colorSpace = dict.lookup(PDFName.of('ColorSpace'));
  let colorType: number;
  let palette: Buffer | null = null;
  if (colorSpace === PDFName.of('DeviceGray')) colorType = 0;
  else if (colorSpace === PDFName.of('DeviceRGB')) colorType = 2;
  else {
    assert.ok(colorSpace instanceof PDFArray);
    assert.equal(colorSpace.lookup(0), PDFName.of('Indexed'));
    assert.equal(colorSpace.lookup(1), PDFName.of('DeviceRGB'));
    const table = colorSpace.lookup(3);
    palette =
      table instanceof PDFRawStream
        ? Buffer.from(decodePDFRawStream(table).decode())
        : Buffer.from((table as PDFString).asBytes());
    colorType = 3;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bits, colorType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(palette ? [pngChunk('PLTE', palette)] : []),
    pngChunk('IDAT', Buffer.from(stream.contents)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every image XObject on the first page. */
export async function imagesOf(pdf: Buffer): Promise<PDFRawStream[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const xObjects = doc.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const images: PDFRawStream[] = [];
  for (const [, ref] of xObjects.entries()) {
    const stream = doc.context.lookup(ref);
    if (
      stream instanceof PDFRawStream &&
      stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
    ) {
      images.push(stream);
    }
  }
  return images;
}

export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** The text of every QR code image in a PDF. */
export async function qrCodesIn(pdf: Buffer): Promise<(string | null)[]> {
  return (await imagesOf(pdf)).map((image) => decodeQr(imageAsPng(image)));
}
