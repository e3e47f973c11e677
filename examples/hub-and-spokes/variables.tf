# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.

variable "region" {
  description = "AWS region for every VPC."
  type        = string
  default     = "eu-west-1"
}

variable "hub_cidr_block" {
  description = "IPv4 block of the hub VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "availability_zones" {
  description = "Availability zones the spokes spread their subnets over."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

variable "spokes" {
  description = "Spoke VPCs peered with the hub, by name."
  type = map(object({
    cidr_block            = string
    secondary_cidr_blocks = optional(list(string), [])
    routes_via_hub        = optional(list(string), [])
  }))
  default = {
    app = {
      cidr_block            = "10.1.0.0/16"
      secondary_cidr_blocks = []
      # MISTAKE (NET203 edge-to-edge-route): the app spoke has no NAT gateway of its own, so someone
      # sent its default route through the hub peering to use the hub's NAT. AWS does not forward
      # peering traffic to a peer's NAT or internet gateway: this traffic is dropped.
      routes_via_hub        = ["0.0.0.0/0"]
    }
    data = {
      # MISTAKE (NET201 missing-reverse-route): "data" was added here later, but nobody added the
      # hub's return route (see aws_route.hub_to_* in main.tf): replies from the hub never come back.
      cidr_block            = "10.2.0.0/16"
      secondary_cidr_blocks = []
      routes_via_hub        = []
    }
    "shared-services" = {
      cidr_block            = "10.3.0.0/16"
      # MISTAKE (NET101 peering-cidr-overlap): reserved for EKS pods, but the hub already uses
      # 100.64.0.0/16 for its pods (aws_vpc_ipv4_cidr_block_association.hub_pods). Any overlap of any
      # block makes AWS fail the peering, even for a block no route uses.
      secondary_cidr_blocks = ["100.64.0.0/16"]
      # MISTAKE (NET202 transitive-peering-route): CI runners here need the data spoke's databases,
      # so the data CIDR was routed through the hub peering. Peering is not transitive: the hub will
      # not forward it to the data spoke.
      routes_via_hub        = ["10.2.0.0/16"]
    }
  }
}
