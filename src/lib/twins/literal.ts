/**
 * @module The value of a literal JS expression in MDX props (`type={{ name: { type: "string" } }}`),
 * read from its syntax tree. Only literals, objects and arrays are read; anything else (a call, a
 * variable) throws, so nothing in content is ever evaluated.
 */
import type { Expression, Node } from 'acorn';

export function literalValue(node: Node): unknown {
  const expr = node as Expression;
  switch (expr.type) {
    case 'Literal':
      return expr.value;
    case 'TemplateLiteral':
      if (expr.expressions.length) break;
      return expr.quasis.map((q) => q.value.cooked).join('');
    case 'ArrayExpression':
      return expr.elements.map((e) => (e ? literalValue(e) : null));
    case 'UnaryExpression':
      if (expr.operator === '-' && expr.argument.type === 'Literal' && typeof expr.argument.value === 'number') return -expr.argument.value;
      break;
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of expr.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') throw new Error('Only plain properties are allowed in an MDX prop literal.');
        const key = prop.key.type === 'Identifier' ? prop.key.name : String((prop.key as { value: unknown }).value);
        Object.defineProperty(out, key, { value: literalValue(prop.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      break;
  }
  throw new Error(`An MDX prop must be a literal to have a Markdown form (got ${expr.type}).`);
}
