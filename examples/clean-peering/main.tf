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
  region = "eu-west-1"
}

# Two VPCs that already exist (shop and payments) are peered in this change: the shop application
# subnet reaches the payments database subnet over PostgreSQL, with a route in each direction and
# one tight security group rule. vpclint reports nothing here.

resource "aws_vpc" "shop" {
  cidr_block           = "10.10.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "shop"
  }
}

# enable_dns_hostnames was false: this change turns it on, for DNS resolution over the peering.
resource "aws_vpc" "payments" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "payments"
  }
}

resource "aws_subnet" "shop_app" {
  vpc_id            = aws_vpc.shop.id
  cidr_block        = "10.10.1.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name = "shop-app"
  }
}

resource "aws_route_table" "shop_app" {
  vpc_id = aws_vpc.shop.id

  tags = {
    Name = "shop-app"
  }
}

resource "aws_route_table_association" "shop_app" {
  subnet_id      = aws_subnet.shop_app.id
  route_table_id = aws_route_table.shop_app.id
}

resource "aws_subnet" "payments_db" {
  vpc_id            = aws_vpc.payments.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name = "payments-db"
  }
}

resource "aws_route_table" "payments_db" {
  vpc_id = aws_vpc.payments.id

  tags = {
    Name = "payments-db"
  }
}

resource "aws_route_table_association" "payments_db" {
  subnet_id      = aws_subnet.payments_db.id
  route_table_id = aws_route_table.payments_db.id
}

resource "aws_security_group" "payments_db" {
  name        = "payments-db"
  description = "PostgreSQL for the payments service"
  vpc_id      = aws_vpc.payments.id
}

# ---- New in this change ----

# Same account and region: auto_accept accepts it in the same apply.
resource "aws_vpc_peering_connection" "shop_payments" {
  vpc_id      = aws_vpc.shop.id
  peer_vpc_id = aws_vpc.payments.id
  auto_accept = true

  requester {
    allow_remote_vpc_dns_resolution = true
  }

  accepter {
    allow_remote_vpc_dns_resolution = true
  }

  tags = {
    Name = "shop-to-payments"
  }
}

resource "aws_route" "shop_to_payments" {
  route_table_id            = aws_route_table.shop_app.id
  destination_cidr_block    = aws_vpc.payments.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.shop_payments.id
}

resource "aws_route" "payments_to_shop" {
  route_table_id            = aws_route_table.payments_db.id
  destination_cidr_block    = aws_vpc.shop.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.shop_payments.id
}

# Only PostgreSQL, only from the shop application subnet.
resource "aws_vpc_security_group_ingress_rule" "payments_db_from_shop" {
  security_group_id = aws_security_group.payments_db.id
  description       = "PostgreSQL from the shop application subnet"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = aws_subnet.shop_app.cidr_block
}

output "peering_connection_id" {
  description = "ID of the shop-payments peering connection."
  value       = aws_vpc_peering_connection.shop_payments.id
}
