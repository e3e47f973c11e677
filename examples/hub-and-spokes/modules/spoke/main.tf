# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

# A spoke VPC: private subnets, one route table, the peering to the hub and the routes over it.

locals {
  # One private subnet per availability zone: the first /20 blocks of the VPC range.
  subnets = { for i, az in var.availability_zones : az => cidrsubnet(var.cidr_block, 4, i) }
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = var.name
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "secondary" {
  for_each = toset(var.secondary_cidr_blocks)

  vpc_id     = aws_vpc.this.id
  cidr_block = each.value
}

resource "aws_subnet" "private" {
  for_each = local.subnets

  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = each.key

  tags = {
    Name = "${var.name}-private-${each.key}"
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id

  tags = {
    Name = "${var.name}-private"
  }
}

resource "aws_route_table_association" "private" {
  for_each = aws_subnet.private

  subnet_id      = each.value.id
  route_table_id = aws_route_table.private.id
}

# Requested by the spoke, accepted in the same apply (same account and region).
resource "aws_vpc_peering_connection" "to_hub" {
  vpc_id      = aws_vpc.this.id
  peer_vpc_id = var.hub_vpc_id
  auto_accept = true

  tags = {
    Name = "${var.name}-to-hub"
  }
}

resource "aws_route" "to_hub" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = var.hub_private_cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.to_hub.id
}

# Extra destinations sent over the hub peering (var.routes_via_hub; see the root variables.tf).
resource "aws_route" "via_hub" {
  for_each = toset(var.routes_via_hub)

  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = each.value
  vpc_peering_connection_id = aws_vpc_peering_connection.to_hub.id
}

resource "aws_security_group" "workloads" {
  name        = "${var.name}-workloads"
  description = "Workloads in the ${var.name} spoke"
  vpc_id      = aws_vpc.this.id

  ingress {
    description = "HTTPS from the hub shared services"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.hub_private_cidr_block]
  }

  egress {
    description = "All outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
