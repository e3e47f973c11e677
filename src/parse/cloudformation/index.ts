/**
 * Reads CloudFormation templates (JSON and YAML) into source resources. Templates are loaded one
 * file at a time (`loadTemplate`), then read together (`readTemplates`): `Fn::ImportValue` in one
 * template resolves to the `Export` of another template of the same run, so cross-stack peerings
 * are checked as one network. Parameter values come from the command line; everything else that
 * only deployment decides stays unknown, with a reason.
 */
import type { ToolError } from '../../errors.js';
import type { SourceResource } from '../source.js';
import { Evaluator, unknownValue, type ExportTable, type UnknownValue, type Value } from './evaluate.js';
import { CfnParameter, CfnResource } from './resource.js';
import { readJsonTemplate, readTemplate, type OutputDecl, type Template } from './template.js';

export { loadParameters, readParameterFlag, readParametersFile } from './parameters.js';
export { PARAMETER_TYPE } from './resource.js';
export { mentionsTemplate, type Template } from './template.js';
export { cloudFormationReader } from './reader.js';

/**
 * Reads one file's text as a CloudFormation template, if it is one by content. Returns undefined
 * for other YAML and JSON (skipped quietly). Throws ParseError (file, line, column) for a syntax
 * error or duplicate key in a file that looks like a template, and for a template whose root or
 * `Resources` is not a mapping. `template.problems` lists wrong shapes inside it.
 */
export function loadTemplate(text: string, file: string): Template | undefined {
  return readTemplate(text, file);
}

/**
 * Like `loadTemplate`, for JSON the caller has parsed already (`json` is `JSON.parse(text)`):
 * JSON that is not a template by its top-level shape is skipped at once, whatever its size.
 */
export function loadJsonTemplate(json: unknown, text: string, file: string): Template | undefined {
  return readJsonTemplate(json, text, file);
}

/** Options for reading the templates of a run. */
export interface CloudFormationOptions {
  /** Parameter values by name, pseudo parameters (`AWS::Region`) included; they apply to every template. */
  readonly parameters?: ReadonlyMap<string, string>;
}

/** What the templates of a run contribute. */
export interface CloudFormationResult {
  /** Per template in the order given: its parameters, then every resource that may exist. */
  readonly resources: SourceResource[];
  /** Internal failures, one per template that could not be read (never expected). */
  readonly errors: ToolError[];
}

/**
 * The source resources of the templates of one run: each template's parameters, then every
 * resource that exists (a resource whose `Condition` is false is left out; one whose condition
 * cannot be decided is kept, since it exists in some deployments). Never throws.
 */
export function readTemplates(templates: readonly Template[], options: CloudFormationOptions = {}): CloudFormationResult {
  const exports = new Exports();
  const inputs = { parameters: options.parameters ?? new Map<string, string>(), exports };
  const evaluators = templates.map((t) => new Evaluator(t, inputs));
  exports.evaluators = evaluators;
  const resources: SourceResource[] = [];
  const errors: ToolError[] = [];
  for (const ev of evaluators) {
    try {
      const out: SourceResource[] = [];
      for (const decl of ev.template.parameters.values()) out.push(new CfnParameter(ev, decl));
      for (const decl of ev.template.resources.values()) {
        const exists = ev.exists(decl);
        if (exists.known && !exists.value) continue;
        out.push(new CfnResource(ev, decl));
      }
      for (const r of out) resources.push(r);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      errors.push({ file: ev.template.file, message: `internal error while reading this template: ${why}`, cause: error });
    }
  }
  return { resources, errors };
}

interface ExportEntry {
  readonly ev: Evaluator;
  readonly output: OutputDecl;
}

/** Every `Export` of the run's templates by name, built on the first `Fn::ImportValue`. */
class Exports implements ExportTable {
  evaluators: readonly Evaluator[] = [];
  private table: Map<string, ExportEntry[]> | undefined;
  /** Exports whose names cannot be evaluated, for the reason of an import that finds nothing. */
  private readonly unnamed: string[] = [];
  private building = false;

  private build(): Map<string, ExportEntry[]> {
    const table = new Map<string, ExportEntry[]>();
    this.building = true;
    try {
      for (const ev of this.evaluators) {
        for (const output of ev.template.outputs.values()) {
          if (output.exportName === undefined) continue;
          if (output.condition !== undefined) {
            const d = ev.condition(output.condition);
            if (d.known && !d.value) continue;
          }
          const name = ev.evaluate(output.exportName, 0);
          if (name.kind === 'scalar' && name.value !== null) {
            const key = String(name.value);
            const list = table.get(key);
            if (list === undefined) table.set(key, [{ ev, output }]);
            else list.push({ ev, output });
          } else if (name.kind === 'unknown') {
            this.unnamed.push(`the name of export ${output.name} of ${ev.template.file} is unknown: ${name.reason}`);
          }
        }
      }
    } finally {
      this.building = false;
    }
    return table;
  }

  lookup(name: string, at: number): Value {
    if (this.building) return unknownValue(`export ${name} is imported while export names are evaluated`, at);
    this.table ??= this.build();
    const hits = this.table.get(name);
    if (hits === undefined) {
      const hint = this.unnamed.length > 0 ? `; ${this.unnamed[0] as string}` : '';
      return unknownValue(`export ${name} is not exported by any template linted with it${hint}`, at);
    }
    if (hits.length > 1) {
      const files = [...new Set(hits.map((h) => h.ev.template.file))].join(', ');
      return unknownValue(`export ${name} is exported more than once (${files}), and export names must be unique`, at);
    }
    const { ev, output } = hits[0] as ExportEntry;
    return inFile(ev.output(output, at), ev.template.file, at);
  }
}

/** A value imported from another template: its references name that template's file. */
function inFile(v: Value, file: string, at: number): Value {
  if (v.kind === 'unknown') {
    const refs = v.refs.map((r) => (r.file === undefined ? { ...r, file } : r));
    return { ...v, refs, at } satisfies UnknownValue;
  }
  return v.kind === 'scalar' ? { ...v, at } : v;
}
