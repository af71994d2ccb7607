/**
 * @module The sections of the reference (one per tag) as the "All sections" page and its Markdown
 * twin list them: label, overview path, first sentence of the tag's description, operation count.
 */
import { listOperations } from './operations.ts';
import { tagLabel, tagPath } from './pages.ts';
import type { OpenApiDocument } from './types.ts';

export interface ApiSection {
  label: string;
  path: string;
  summary?: string;
  operations: number;
}

/** First sentence of a description, on one line. */
export const firstSentence = (text?: string) => text?.split(/(?<=\.)\s/)[0]?.replace(/\s+/g, ' ').trim();

export function apiSections(spec: OpenApiDocument): ApiSection[] {
  const counts = new Map<string, number>();
  for (const op of listOperations(spec)) counts.set(op.tag, (counts.get(op.tag) ?? 0) + 1);
  return spec.tags.map((tag) => ({ label: tagLabel(tag.name), path: tagPath(tag.name), summary: firstSentence(tag.description), operations: counts.get(tag.name) ?? 0 }));
}
