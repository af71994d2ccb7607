/** @module Attachments tag: multipart upload (at most 50 MB) and base64 download. */
import { badRequest } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Handlers } from '../types.ts';

/** Largest accepted upload, in bytes. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachments: Handlers = {
  async uploadAttachment({ form }, { store }) {
    const file = form?.file;
    if (!(file instanceof File)) return badRequest('file is required (multipart form field "file")');
    if (file.size > MAX_ATTACHMENT_BYTES) badRequest('file is larger than 50 MB');
    const bytes = Buffer.from(await file.arrayBuffer());
    const row = store.put('attachments', {
      id: newId('att'), filename: file.name || 'upload.bin', content_type: file.type || 'application/octet-stream',
      size_bytes: bytes.length, data: bytes.toString('base64'), created_at: store.now(),
    });
    return { status: 201, body: { attachment_id: row.id } };
  },
  getAttachment({ params }, { store }) {
    const { created_at: _created, ...attachment } = store.get('attachments', params.attachment_id!);
    return { status: 200, body: attachment };
  },
};
