# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

# A hub VPC with internet access (internet gateway, NAT gateway, a bastion) and shared services in
# its private subnet, peered with three spoke VPCs built by modules/spoke. Each spoke routes the
# hub's private range over its peering; the hub's private route table routes each spoke back.
# Seven mistakes are planted, each marked MISTAKE below, in variables.tf or in modules/spoke;
# examples/README.md lists what vpclint reports for them.

resource "aws_vpc" "hub" {
  cidr_block           = var.hub_cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "hub"
  }
}

# Secondary block reserved for EKS pod networking (carrier-grade NAT space, used only inside the hub).
resource "aws_vpc_ipv4_cidr_block_association" "hub_pods" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_subnet" "hub_public" {
  vpc_id                  = aws_vpc.hub.id
  cidr_block              = "10.0.0.0/24"
  availability_zone       = var.availability_zones[0]
  map_public_ip_on_launch = true

  tags = {
    Name = "hub-public"
  }
}

resource "aws_subnet" "hub_private" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.16.0/20"
  availability_zone = var.availability_zones[0]

  tags = {
    Name = "hub-private"
  }
}

resource "aws_internet_gateway" "hub" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub"
  }
}

resource "aws_eip" "nat" {
  domain = "vpc"

  tags = {
    Name = "hub-nat"
  }
}

resource "aws_nat_gateway" "hub" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.hub_public.id

  tags = {
    Name = "hub"
  }
}

# Public subnets: internet through the internet gateway (an inline route; no aws_route targets this table).
resource "aws_route_table" "hub_public" {
  vpc_id = aws_vpc.hub.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.hub.id
  }

  tags = {
    Name = "hub-public"
  }
}

# Private subnet (shared services): internet through the NAT gateway, and the return routes to the spokes.
resource "aws_route_table" "hub_private" {
  vpc_id = aws_vpc.hub.id

  tags = {
    Name = "hub-private"
  }
}

resource "aws_route" "hub_private_default" {
  route_table_id         = aws_route_table.hub_private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.hub.id
}

resource "aws_route_table_association" "hub_public" {
  subnet_id      = aws_subnet.hub_public.id
  route_table_id = aws_route_table.hub_public.id
}

resource "aws_route_table_association" "hub_private" {
  subnet_id      = aws_subnet.hub_private.id
  route_table_id = aws_route_table.hub_private.id
}

# One spoke VPC per entry of var.spokes, each peered with the hub.
module "spoke" {
  source   = "./modules/spoke"
  for_each = var.spokes

  name                   = each.key
  cidr_block             = each.value.cidr_block
  secondary_cidr_blocks  = each.value.secondary_cidr_blocks
  routes_via_hub         = each.value.routes_via_hub
  availability_zones     = var.availability_zones
  hub_vpc_id             = aws_vpc.hub.id
  hub_private_cidr_block = aws_subnet.hub_private.cidr_block
}

resource "aws_route" "hub_to_app" {
  route_table_id            = aws_route_table.hub_private.id
  destination_cidr_block    = var.spokes["app"].cidr_block
  vpc_peering_connection_id = module.spoke["app"].peering_connection_id
}

resource "aws_route" "hub_to_shared_services" {
  route_table_id            = aws_route_table.hub_private.id
  destination_cidr_block    = var.spokes["shared-services"].cidr_block
  vpc_peering_connection_id = module.spoke["shared-services"].peering_connection_id
}

# MISTAKE (NET201 missing-reverse-route): there is no aws_route "hub_to_data". The data spoke
# routes the hub's private range over its peering (module.spoke["data"].aws_route.to_hub), but
# no hub route table sends the replies back to 10.2.0.0/16 over that peering.

# MISTAKE (NET301 duplicate-peering): left over from the first prototype, before the spokes
# moved into modules/spoke, which peers app with the hub itself. This one joins the same two VPCs
# in the other direction; AWS allows one peering per pair (Terraform quietly reuses the first).
resource "aws_vpc_peering_connection" "legacy_hub_to_app" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = module.spoke["app"].vpc_id
  auto_accept = true

  tags = {
    Name = "hub-to-app (legacy)"
  }
}

resource "aws_security_group" "bastion" {
  name        = "hub-bastion"
  description = "SSH bastion in the hub public subnet"
  vpc_id      = aws_vpc.hub.id
}

# MISTAKE (NET401 open-ingress): SSH open to the whole internet. Meant: the corporate VPN range,
# or no SSH at all (SSM Session Manager).
resource "aws_vpc_security_group_ingress_rule" "bastion_ssh" {
  security_group_id = aws_security_group.bastion.id
  description       = "SSH"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "bastion_all" {
  security_group_id = aws_security_group.bastion.id
  description       = "All outbound"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "monitoring" {
  name        = "hub-monitoring"
  description = "Node exporters scraped by the on-premises Prometheus"
  vpc_id      = aws_vpc.hub.id
}

# MISTAKE (NET001 invalid-cidr): meant the Prometheus host 10.20.0.1/32, but the prefix was copied
# from the on-premises network. 10.20.0.1/16 has host bits set: it means 10.20.0.0/16, all of it.
# (Current AWS providers reject it at plan time; vpclint flags it in the .tf and in the plan.)
resource "aws_vpc_security_group_ingress_rule" "monitoring_node_exporter" {
  security_group_id = aws_security_group.monitoring.id
  description       = "node_exporter from on-premises Prometheus"
  ip_protocol       = "tcp"
  from_port         = 9100
  to_port           = 9100
  cidr_ipv4         = "10.20.0.1/16"
}
