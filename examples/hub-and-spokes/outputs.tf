# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

output "hub_vpc_id" {
  description = "ID of the hub VPC."
  value       = aws_vpc.hub.id
}

output "spoke_vpc_ids" {
  description = "ID of each spoke VPC, by spoke name."
  value       = { for name, spoke in module.spoke : name => spoke.vpc_id }
}

output "peering_connection_ids" {
  description = "ID of each spoke's peering connection to the hub, by spoke name."
  value       = { for name, spoke in module.spoke : name => spoke.peering_connection_id }
}
