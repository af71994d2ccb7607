/**
 * @module Reads a multipart/form-data body with busboy. undici's parser (behind `Request.formData()`)
 * follows the browser's encoding only and fails on a file name quoted the RFC 7578 way, `"a\"b"`,
 * which Go's and Ruby's standard libraries send; busboy reads both.
 */
import busboy from 'busboy';

/** The form's fields: text as strings, files as File objects with the sent file name. */
export function parseMultipart(contentType: string, body: Uint8Array): Promise<Record<string, string | File>> {
  return new Promise((resolve, reject) => {
    const form: Record<string, string | File> = {};
    const parser = busboy({ headers: { 'content-type': contentType } });
    parser.on('field', (name, value) => { form[name] = value; });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => { form[name] = new File([Buffer.concat(chunks)], info.filename ?? '', { type: info.mimeType }); });
    });
    parser.on('close', () => resolve(form));
    parser.on('error', reject);
    parser.end(body);
  });
}
