import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, events, sources } from '../src/index.js';
import { packageDir } from './paths.js';

const schema = JSON.parse(readFileSync(join(packageDir, 'data/event.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const validateEvent = ajv.compile(schema);
const validateSource = ajv.compile({ $ref: `${schema.$id}#/$defs/source` });

describe('event.schema.json', () => {
  it('accepts every record', () => {
    const failures = events.flatMap(({ id }, i) =>
      validateEvent(events[i]) ? [] : [`${id}: ${ajv.errorsText(validateEvent.errors)}`],
    );
    expect(failures).toEqual([]);
  });

  it('accepts every source', () => {
    const failures = sources.flatMap(({ id }, i) =>
      validateSource(sources[i]) ? [] : [`${id}: ${ajv.errorsText(validateSource.errors)}`],
    );
    expect(failures).toEqual([]);
  });

  it('describes every field (the Data page of the docs shows these descriptions)', () => {
    const undescribed = Object.entries(schema.properties as Record<string, { description?: string }>)
      .filter(([, node]) => !node.description)
      .map(([name]) => name);
    expect(undescribed).toEqual([]);
  });

  it('allows exactly EVENT_KINDS as kind, in the same order', () => {
    expect(schema.properties.kind.enum).toEqual([...EVENT_KINDS]);
  });

  it('accepts open ends in dateAsReported but not in date, whose last day must be known', () => {
    const open = { ...events[0], dateAsReported: '2024-04-08/..' };
    expect(validateEvent(open), ajv.errorsText(validateEvent.errors)).toBe(true);
    expect(validateEvent({ ...events[0], dateAsReported: '../2024-04-10' })).toBe(true);
    expect(validateEvent({ ...events[0], date: '2024-04-08/..' })).toBe(false);
    expect(validateEvent({ ...events[0], dateAsReported: '..' })).toBe(false);
  });

  it('rejects a record with a wrong kind, a missing date and an unknown field', () => {
    const bad = { ...events[0], kind: 'party', extra: 1 } as Record<string, unknown>;
    delete bad.date;
    expect(validateEvent(bad)).toBe(false);
    const paths = validateEvent.errors!.map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(expect.arrayContaining(['/kind enum', ' required', ' additionalProperties']));
  });
});

/** The shape of a TypeScript type, as far as a JSON Schema can say it. */
type Shape =
  | { type: 'object'; props: Record<string, { optional: boolean; shape: Shape }> }
  | { type: 'array'; items: Shape }
  | { type: 'enum'; values: string[] }
  | { type: 'primitive'; name: string };

function typeShape(checker: ts.TypeChecker, type: ts.Type): Shape {
  if (type.isUnion() && type.types.every((t) => t.isStringLiteral())) {
    return { type: 'enum', values: type.types.map((t) => (t as ts.StringLiteralType).value).sort() };
  }
  if (checker.isArrayType(type)) {
    return { type: 'array', items: typeShape(checker, checker.getTypeArguments(type as ts.TypeReference)[0]!) };
  }
  if (type.flags & ts.TypeFlags.Object) {
    const props: Record<string, { optional: boolean; shape: Shape }> = {};
    for (const symbol of type.getProperties()) {
      const propType = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
      props[symbol.name] = {
        optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
        shape: typeShape(checker, propType),
      };
    }
    return { type: 'object', props };
  }
  return { type: 'primitive', name: checker.typeToString(type) };
}

function schemaShape(node: Record<string, unknown>): Shape {
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    return schemaShape(schema.$defs[name]);
  }
  if (Array.isArray(node.enum)) return { type: 'enum', values: [...(node.enum as string[])].sort() };
  if (node.type === 'array') return { type: 'array', items: schemaShape(node.items as Record<string, unknown>) };
  if (node.type === 'object') {
    const required = new Set((node.required as string[]) ?? []);
    const props: Record<string, { optional: boolean; shape: Shape }> = {};
    for (const [name, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      props[name] = { optional: !required.has(name), shape: schemaShape(child) };
    }
    return { type: 'object', props };
  }
  const name = node.type === 'integer' ? 'number' : String(node.type);
  return { type: 'primitive', name };
}

describe('types and schema', () => {
  const file = join(packageDir, 'src/types.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const exported = (name: string) =>
    checker.getDeclaredTypeOfSymbol(checker.getExportsOfModule(module).find((s) => s.name === name)!);

  it('DiplomaticEvent in types.ts and event.schema.json describe the same fields', () => {
    expect(schemaShape(schema)).toEqual(typeShape(checker, exported('DiplomaticEvent')));
  });

  it('Source in types.ts and $defs/source describe the same fields', () => {
    expect(schemaShape(schema.$defs.source)).toEqual(typeShape(checker, exported('Source')));
  });
});
