/**
 * A generated estate of 30 peered VPCs for the PR comment's diagram (test/report/mermaid-browser.test.ts):
 * three hubs (`aws_vpc.hub_a`, `hub_b`, `hub_c`, Name tags `hub-a`...) peered with each other, each
 * with nine spokes built by one local module with `for_each` (`module.spoke["a1"]` ... `["c9"]`,
 * no Name tag), every connection routed both ways. Three mistakes sit away from the hubs:
 *
 * - `a2` and `b5` have the same range and are peered directly (`aws_vpc_peering_connection.a2_b5`): NET101;
 * - `c4` routes `c5` over their direct peering (`aws_route.c4_to_c5`), and `c5` has no route back: NET201;
 * - `c8` has a security group open to the world on SSH (`aws_security_group.c8_admin`): NET401.
 *
 * So the neighbourhood of the problems is a2, b5, c4, c5, c8 and their hubs: 8 of the 30 VPCs,
 * and 7 of the 32 connections (those of the five spokes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HUBS = ['a', 'b', 'c'] as const;
export const SPOKES_PER_HUB = 9;

/** The spoke module: a VPC, a subnet, its route table, and their IDs. */
const SPOKE_MODULE = `variable "cidr_block" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr_block
}

resource "aws_subnet" "this" {
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet(var.cidr_block, 8, 0)
}

resource "aws_route_table" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route_table_association" "this" {
  subnet_id      = aws_subnet.this.id
  route_table_id = aws_route_table.this.id
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "route_table_id" {
  value = aws_route_table.this.id
}
`;

function spokeCidr(hub: number, i: number): string {
  return `10.${hub * SPOKES_PER_HUB + i}.0.0/16`;
}

/** The root module's text. */
export function estateMain(): string {
  const out: string[] = [];
  const spokes: string[] = [];
  HUBS.forEach((h, hi) => {
    for (let i = 1; i <= SPOKES_PER_HUB; i++) {
      // The mistake of NET101: b5 has a2's range.
      const cidr = `${h}${i}` === 'b5' ? spokeCidr(0, 2) : spokeCidr(hi, i);
      spokes.push(`    ${h}${i} = "${cidr}"`);
    }
  });
  out.push(`locals {\n  spokes = {\n${spokes.join('\n')}\n  }\n}\n`);
  out.push(`module "spoke" {\n  source   = "./modules/spoke"\n  for_each = local.spokes\n\n  cidr_block = each.value\n}\n`);
  const vpcId = (v: string) => (v.startsWith('hub_') ? `aws_vpc.${v}.id` : `module.spoke["${v}"].vpc_id`);
  const table = (v: string) => (v.startsWith('hub_') ? `aws_route_table.${v}.id` : `module.spoke["${v}"].route_table_id`);
  const cidrOf = (v: string) => (v.startsWith('hub_') ? `aws_vpc.${v}.cidr_block` : `local.spokes["${v}"]`);
  const route = (name: string, from: string, to: string, peering: string) =>
    `resource "aws_route" "${name}" {\n  route_table_id            = ${table(from)}\n  destination_cidr_block    = ${cidrOf(to)}\n  vpc_peering_connection_id = aws_vpc_peering_connection.${peering}.id\n}\n`;
  const peer = (name: string, a: string, b: string, routes: 'both' | 'a-to-b' | 'none') => {
    out.push(`resource "aws_vpc_peering_connection" "${name}" {\n  vpc_id      = ${vpcId(a)}\n  peer_vpc_id = ${vpcId(b)}\n  auto_accept = true\n}\n`);
    if (routes !== 'none') out.push(route(`${a}_to_${b}`, a, b, name));
    if (routes === 'both') out.push(route(`${b}_to_${a}`, b, a, name));
  };
  HUBS.forEach((h, hi) => {
    const hub = `hub_${h}`;
    out.push(`resource "aws_vpc" "${hub}" {\n  cidr_block = "10.${100 + hi}.0.0/16"\n\n  tags = {\n    Name = "hub-${h}"\n  }\n}\n`);
    out.push(`resource "aws_subnet" "${hub}" {\n  vpc_id     = aws_vpc.${hub}.id\n  cidr_block = "10.${100 + hi}.0.0/24"\n}\n`);
    out.push(`resource "aws_route_table" "${hub}" {\n  vpc_id = aws_vpc.${hub}.id\n}\n`);
    out.push(`resource "aws_route_table_association" "${hub}" {\n  subnet_id      = aws_subnet.${hub}.id\n  route_table_id = aws_route_table.${hub}.id\n}\n`);
  });
  peer('hub_a_hub_b', 'hub_a', 'hub_b', 'both');
  peer('hub_b_hub_c', 'hub_b', 'hub_c', 'both');
  peer('hub_a_hub_c', 'hub_a', 'hub_c', 'both');
  for (const h of HUBS) for (let i = 1; i <= SPOKES_PER_HUB; i++) peer(`hub_${h}_${h}${i}`, `hub_${h}`, `${h}${i}`, 'both');
  // NET101: overlapping ranges, peered (no routes: nothing could be routed between them).
  peer('a2_b5', 'a2', 'b5', 'none');
  // NET201: c4 routes c5 over their peering; c5 has no route back.
  peer('c4_c5', 'c4', 'c5', 'a-to-b');
  // NET401: SSH from anywhere into c8.
  out.push(
    `resource "aws_security_group" "c8_admin" {\n  vpc_id = module.spoke["c8"].vpc_id\n\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
  );
  return out.join('\n');
}

/** Writes the estate's `.tf` files into `dir` (main.tf and modules/spoke/main.tf). */
export function writeEstate(dir: string): void {
  mkdirSync(path.join(dir, 'modules', 'spoke'), { recursive: true });
  writeFileSync(path.join(dir, 'modules', 'spoke', 'main.tf'), SPOKE_MODULE);
  writeFileSync(path.join(dir, 'main.tf'), estateMain());
}
