/** @module JSON Schema → TypeScript type text, for the response shapes TypeScript samples declare. */
import type { Schema } from '../openapi/types.ts';

const COMPONENT = /^#\/components\/schemas\/(\w+)$/;

/**
 * Writes the type of `schema`. Component `$ref`s become named interfaces collected in `named`
 * (name → declaration), so each shape is declared once.
 */
export function tsType(schema: Schema | undefined, schemas: Record<string, Schema>, named: Map<string, string>): string {
  if (!schema) return 'unknown';
  const ref = schema.$ref ? COMPONENT.exec(schema.$ref)?.[1] : undefined;
  if (ref) {
    const target = schemas[ref]!;
    const isObject = target.type === 'object';
    if (!isObject) return tsType(target, schemas, named);
    if (!named.has(ref)) {
      named.set(ref, '');
      named.set(ref, `interface ${ref} ${tsType(target, schemas, named)}`);
    }
    return ref;
  }
  if (schema.enum) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types
    .map((type) => {
      if (type === 'null') return 'null';
      if (type === 'integer' || type === 'number') return 'number';
      if (type === 'string' || type === 'boolean') return type;
      if (type === 'array') {
        const item = tsType(schema.items, schemas, named);
        return /[|{ ]/.test(item) ? `Array<${item}>` : `${item}[]`;
      }
      if (type === 'object') {
        const required = new Set<string>(schema.required ?? []);
        const fields = Object.entries<Schema>(schema.properties ?? {}).map(
          ([key, value]) => `  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}${required.has(key) ? '' : '?'}: ${tsType(value, schemas, named).replace(/\n/g, '\n  ')};`,
        );
        return fields.length ? `{\n${fields.join('\n')}\n}` : 'Record<string, unknown>';
      }
      return 'unknown';
    })
    .join(' | ');
}
