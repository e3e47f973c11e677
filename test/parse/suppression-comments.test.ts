/**
 * The readers hand over the suppression comments they find with each resource
 * (`SourceResource.suppressionComments()`): the raw directive text after `#` or `//`, located at
 * the marker. How the engine reads and applies them is test/engine/suppress.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { SourceResource } from '../../src/parse/source.js';
import { FileComments } from '../../src/parse/suppression-comments.js';
import { readTerraformSources } from '../../src/parse/terraform-hcl/index.js';
import { byId, readRun } from './cloudformation-helpers.js';
import { change, readPlan, resource } from './plan-helpers.js';

const comments = (r: SourceResource) => (r.suppressionComments?.() ?? []).map((c) => [`${c.location.file}:${c.location.line}:${c.location.column}`, c.text]);

describe('the .tf reader', () => {
  it('hands each instance the comments above its block and on its line, in root and local module files', async () => {
    const read = await readTerraformSources([
      {
        file: 'main.tf',
        text: '# Why: on call.\n# vpclint:ignore NET401 reason="bastion"\nresource "aws_security_group" "a" { // vpclint:ignore NET403 reason=x\n  count = 2\n}\n\nresource "aws_security_group" "b" {}\n\nmodule "edge" {\n  source = "./edge"\n}\n',
      },
      { file: 'edge/main.tf', text: '  # vpclint:ignore NET401 reason=edge\nresource "aws_security_group" "c" {}\n' },
    ]);
    expect(read.errors).toEqual([]);
    const by = (address: string) => comments(read.resources.find((r) => r.address === address) as SourceResource);
    const a = [
      ['main.tf:2:1', ' vpclint:ignore NET401 reason="bastion"'],
      ['main.tf:3:37', ' vpclint:ignore NET403 reason=x'],
    ];
    expect(by('aws_security_group.a[0]')).toEqual(a);
    expect(by('aws_security_group.a[1]')).toEqual(a);
    expect(by('aws_security_group.b')).toEqual([]);
    expect(by('module.edge.aws_security_group.c')).toEqual([['edge/main.tf:1:3', ' vpclint:ignore NET401 reason=edge']]);
  });
});

describe('the CloudFormation reader', () => {
  const yaml = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  # vpclint:ignore NET002 reason=p
  Vpc:
    Type: AWS::EC2::VPC::Id
Resources:
  Sg: # vpclint:ignore NET401 reason="bastion"
    Type: AWS::EC2::SecurityGroup
`;

  it('hands resources and parameters of a YAML template their comments', () => {
    const resources = readRun({ 'stack.yaml': yaml });
    expect(comments(byId(resources, 'Vpc'))).toEqual([['stack.yaml:3:3', ' vpclint:ignore NET002 reason=p']]);
    expect(comments(byId(resources, 'Sg'))).toEqual([['stack.yaml:7:7', ' vpclint:ignore NET401 reason="bastion"']]);
  });

  it('finds none in a .json template', () => {
    const json = JSON.stringify({ Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: '# vpclint:ignore NET401 reason=x' } } } }, null, 1);
    expect(comments(byId(readRun({ 'stack.json': json }), 'Sg'))).toEqual([]);
  });
});

describe('the plan reader', () => {
  it('has no comments to hand over', () => {
    const read = readPlan({ format_version: '1.2', resource_changes: [change('aws_vpc.a', ['create'], { cidr_block: '10.0.0.0/16' })] });
    expect(resource(read, 'aws_vpc.a').suppressionComments).toBeUndefined();
  });
});

describe('FileComments', () => {
  it('keeps nothing of a text without a directive', () => {
    expect(new FileComments('f.tf', '# a comment\nresource "x" "y" {}\n', 'hcl').at(2)).toEqual([]);
  });
});
