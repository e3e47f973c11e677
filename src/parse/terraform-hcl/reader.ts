/**
 * The reader of Terraform sources (`.tf`, `.tf.json`, OpenTofu's `.tofu`) for the registry
 * (parse/readers.ts): each directory is a module, read with the local modules it calls (from disk
 * when the run has a working directory). The HCL parser is loaded only when there are such files.
 */
import { NOTHING_READ, type Reader } from '../reader.js';
import { fileSystemHost, isTerraformFile, readTerraformSources, type TerraformHost } from './index.js';

export const terraformHclReader: Reader = {
  name: 'terraform-hcl',
  describes: { short: '.tf', long: 'Terraform sources (.tf, .tofu)' },
  // `.tofu`: OpenTofu's name for a `.tf` file.
  fileNames: /\.(?:tf|tofu)(?:\.json)?$/i,
  detects: (input) => isTerraformFile(input.file),
  async read(inputs, context) {
    if (inputs.length === 0) return NOTHING_READ;
    const { cwd, decode } = context;
    const texts = new Map<string, string>();
    // Every input of the run: a module directory that holds its own plan is linted through it.
    const read = await readTerraformSources(context.inputs, {
      variables: context.terraformVariables,
      host: cwd === undefined ? undefined : recording(fileSystemHost(cwd, decode ?? ((bytes) => bytes.toString('utf8'))), texts),
    });
    return { resources: read.resources, errors: read.errors, files: read.files, texts };
  },
};

/** The host, keeping the text of every file read through it (the inputs are not: the run has them). */
function recording(host: TerraformHost, texts: Map<string, string>): TerraformHost {
  return {
    listDirectory: (dir) => host.listDirectory(dir),
    async readFile(file) {
      const text = await host.readFile(file);
      texts.set(file, text);
      return text;
    },
  };
}
