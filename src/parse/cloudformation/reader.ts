/**
 * The reader of CloudFormation templates (JSON and YAML) for the registry (parse/readers.ts): each
 * file is loaded on its own, then the run's templates are read together (exports and imports).
 */
import { capProblems } from '../problems.js';
import { isJsonDocument, toToolError, type Input, type InputRead, type ReadContext, type Reader, type ReadResult } from '../reader.js';
import { loadYaml } from '../yaml-lib.js';
import { loadJsonTemplate, loadTemplate, readTemplates } from './index.js';
import { mentionsTemplate, type Template } from './template.js';

/** The names a template is searched for by (YAML's, and JSON's). */
const TEMPLATE_NAME = /\.(?:json|ya?ml|template)$/i;

/**
 * Is the input for the YAML reader (which also reads JSON it cannot parse as such)? `.yaml`,
 * `.yml`, `.template`, and an input recognized by content that does not start like JSON.
 */
function isTemplateText(input: Input): boolean {
  return !isJsonDocument(input) && (input.byContent || /\.(?:ya?ml|template)$/i.test(input.file));
}

export const cloudFormationReader: Reader = {
  name: 'cloudformation',
  describes: { short: 'CloudFormation JSON/YAML', long: 'CloudFormation templates (JSON or YAML)' },
  fileNames: TEMPLATE_NAME,
  // JSON that names a template's keys (a plan is taken by the plan reader first), or YAML.
  detects(input) {
    return isJsonDocument(input) ? mentionsTemplate(input.text) : isTemplateText(input);
  },
  // The `yaml` package is loaded only when a file may be read with the YAML parser: valid JSON is
  // read without it.
  async prepare(inputs) {
    if (inputs.some((i) => isTemplateText(i) && mentionsTemplate(i.text))) await loadYaml();
  },
  read: readAll,
};

function readAll(inputs: readonly Input[], context: ReadContext): ReadResult {
  const reads: InputRead[] = [];
  const templates: Template[] = [];
  for (const input of inputs) {
    try {
      // Parsed once: a template is read from it, other JSON (an AWS CLI dump) skipped by its shape.
      const template = isJsonDocument(input) ? loadJsonTemplate(input.json(), input.text, input.file) : loadTemplate(input.text, input.file);
      if (template === undefined) {
        reads.push({ recognized: false, errors: [] });
        continue;
      }
      templates.push(template);
      reads.push({ recognized: true, errors: capProblems(template.problems) });
    } catch (error) {
      reads.push({ recognized: true, errors: [toToolError(error, input.file)] });
    }
  }
  const cfn = readTemplates(templates, { parameters: context.parameters });
  return { inputs: reads, resources: cfn.resources, errors: cfn.errors };
}
