# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

output "vpc_id" {
  description = "ID of the spoke VPC."
  value       = aws_vpc.this.id
}

output "cidr_block" {
  description = "Primary IPv4 block of the spoke VPC."
  value       = aws_vpc.this.cidr_block
}

output "route_table_id" {
  description = "ID of the route table of the private subnets."
  value       = aws_route_table.private.id
}

output "peering_connection_id" {
  description = "ID of the peering connection to the hub."
  value       = aws_vpc_peering_connection.to_hub.id
}
