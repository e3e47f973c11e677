// Helpers for the CloudFormation tests: read template texts as one run and look at what the
// parser hands to the model builder.
import { expect } from 'vitest';
import { ParseError } from '../../src/errors.js';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import { loadTemplate, readTemplates, type Template } from '../../src/parse/cloudformation/index.js';

/** Loads templates by file name and reads them as one run. */
export function readRun(files: Readonly<Record<string, string>>, parameters: Readonly<Record<string, string>> = {}): SourceResource[] {
  const templates: Template[] = [];
  for (const [file, text] of Object.entries(files)) {
    const t = loadTemplate(text, file);
    if (t === undefined) throw new Error(`${file} is not read as a template`);
    expect(t.problems.map((p) => p.message), `problems in ${file}`).toEqual([]);
    templates.push(t);
  }
  const result = readTemplates(templates, { parameters: new Map(Object.entries(parameters)) });
  expect(result.errors).toEqual([]);
  return result.resources;
}

/** One template's resources (parameters included). */
export function readOne(text: string, parameters: Readonly<Record<string, string>> = {}): SourceResource[] {
  return readRun({ 'template.yaml': text }, parameters);
}

/** The resource with this logical ID (and file, when given). */
export function byId(resources: readonly SourceResource[], address: string, file?: string): SourceResource {
  const r = resources.find((x) => x.address === address && (file === undefined || x.file === file));
  if (r === undefined) throw new Error(`no resource ${address}${file ? ` in ${file}` : ''}`);
  return r;
}

/** `Properties.V` of the resource `R` of a template whose `R` has `V: <expression>`. */
export function valueOf(expression: string, before = '', parameters: Readonly<Record<string, string>> = {}): AttrValue {
  const text = `AWSTemplateFormatVersion: '2010-09-09'\n${before}Resources:\n  R:\n    Type: AWS::Test::Thing\n    Properties:\n      V: ${expression}\n`;
  return byId(readOne(text, parameters), 'R').get(['V']);
}

/** A known value. */
export function knownValue(value: unknown): AttrValue {
  return { state: 'known', value };
}

/** The ParseError that loading the text throws. */
export function loadError(text: string, file = 'bad.yaml'): ParseError {
  try {
    loadTemplate(text, file);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw new Error(`expected a ParseError, got ${String(error)}`);
  }
  throw new Error('expected a ParseError, got a template');
}
