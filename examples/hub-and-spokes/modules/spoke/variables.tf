# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

variable "name" {
  description = "Spoke name, used in Name tags."
  type        = string
}

variable "cidr_block" {
  description = "Primary IPv4 block of the spoke VPC."
  type        = string
}

variable "secondary_cidr_blocks" {
  description = "Additional IPv4 blocks of the spoke VPC."
  type        = list(string)
  default     = []
}

variable "availability_zones" {
  description = "One private subnet is created per zone."
  type        = list(string)
}

variable "hub_vpc_id" {
  description = "ID of the hub VPC to peer with."
  type        = string
}

variable "hub_private_cidr_block" {
  description = "The hub's private range (shared services), routed over the peering."
  type        = string
}

variable "routes_via_hub" {
  description = "Other destinations to send over the hub peering."
  type        = list(string)
  default     = []
}
