/**
 * @module Checks a skill package as the API does: a `.zip`/`.skill` archive of at most 32 MB with
 * `SKILL.md` (YAML frontmatter `name` + `description`) at its root or in one top-level folder.
 */
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { badRequest } from './errors.ts';

export const MAX_SKILL_BYTES = 32 * 1024 * 1024;
/** The sandbox's own bound on an archive's unpacked size (Nairi documents none): 8 × the upload cap. */
export const MAX_EXPANDED_BYTES = 8 * MAX_SKILL_BYTES;
class ArchiveTooLarge extends Error {}
const ALLOWED_FOLDERS = ['scripts', 'references', 'assets'];
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface SkillPackage {
  name: string;
  description: string;
  warnings: string[];
}

/** Where SKILL.md sits: `''` for the root, or the one top-level folder. */
function skillRoot(paths: string[]): string {
  if (paths.includes('SKILL.md')) return '';
  const tops = new Set(paths.map((p) => p.split('/')[0]));
  const [top] = tops;
  if (tops.size === 1 && paths.includes(`${top}/SKILL.md`)) return `${top}/`;
  return badRequest('archive must contain SKILL.md at its root or in one top-level folder');
}

/** Validates an uploaded archive and returns its metadata; throws the API's 400 otherwise. */
export function readSkillArchive(filename: string, bytes: Uint8Array): SkillPackage {
  if (!/\.(zip|skill)$/i.test(filename)) badRequest('file must be a .zip or .skill archive');
  if (bytes.length > MAX_SKILL_BYTES) badRequest('archive is larger than 32 MB');
  // Only SKILL.md is ever unpacked. Every entry's declared size is added up first, so an archive that
  // would expand past the limit (a zip bomb under the upload cap) is refused before anything inflates.
  const names: string[] = [];
  let expanded = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        expanded += entry.originalSize;
        if (expanded > MAX_EXPANDED_BYTES) throw new ArchiveTooLarge();
        return entry.name === 'SKILL.md' || /^[^/]+\/SKILL\.md$/.test(entry.name);
      },
    });
  } catch (error) {
    if (error instanceof ArchiveTooLarge) return badRequest(`archive expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB; the sandbox refuses it before unpacking`);
    return badRequest('file is not a valid zip archive');
  }
  const paths = names.filter((p) => !p.endsWith('/'));
  const root = skillRoot(paths);
  const text = new TextDecoder().decode(files[`${root}SKILL.md`]);
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) badRequest('SKILL.md must start with YAML frontmatter between --- lines');
  let meta: Record<string, unknown>;
  try {
    meta = (parse(match![1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return badRequest(`SKILL.md frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const { name, description } = meta;
  if (typeof name !== 'string' || !name) badRequest('SKILL.md frontmatter: name is required');
  if ((name as string).length > 64) badRequest('SKILL.md frontmatter: name must be at most 64 characters');
  if (!NAME.test(name as string)) badRequest('SKILL.md frontmatter: name must use lowercase letters, digits and single hyphens, not starting or ending with a hyphen');
  if (typeof description !== 'string' || !description.trim()) badRequest('SKILL.md frontmatter: description is required');
  if ((description as string).length > 1024) badRequest('SKILL.md frontmatter: description must be at most 1024 characters');
  const folders = new Set(paths.filter((p) => p.startsWith(root) && p.slice(root.length).includes('/')).map((p) => p.slice(root.length).split('/')[0]!));
  const warnings = [...folders].filter((f) => !ALLOWED_FOLDERS.includes(f)).map((f) => `unexpected folder ${f}/ (expected scripts/, references/ or assets/)`);
  return { name: name as string, description: description as string, warnings };
}
