/**
 * What the peering diagram (the markdown comment's Mermaid topology) draws from particular rules'
 * findings, read from their message data: the VPCs a finding says overlap (a warning box), and the
 * direction a finding says has no route back (a dotted arrow). model/topology.ts summarizes the
 * topology with these marks (run.ts passes them) and knows no rule itself. Kept in sync with the
 * rules' data by test/model/topology.test.ts.
 */
import type { TopologyHit, TopologyMarks } from '../model/topology.js';

/** A finding as the marks read it: its rule and its message data. */
export interface MarkedHit extends TopologyHit {
  readonly data: Readonly<Record<string, string>>;
}

/**
 * NET201 (missing-reverse-route) reports a route from one end whose peer has no route back; its
 * `peerVpc` data names the end that lacks the return route. The diagram draws it as the "no route
 * back" arrow (report/markdown.ts).
 */
export const MISSING_RETURN_RULE = 'NET201';

/**
 * The rules that report overlapping VPCs, and the `data` fields that name the two VPCs (their
 * labels): NET101 (peering-cidr-overlap) and NET102 (spoke-cidr-overlap).
 */
const OVERLAP_RULES: Readonly<Record<string, readonly string[]>> = {
  NET101: ['vpc', 'peerVpc'],
  NET102: ['spoke', 'otherSpoke'],
};

/** The marks of the diagram, for `summarizeTopology(model, findings, TOPOLOGY_MARKS)`. */
export const TOPOLOGY_MARKS: TopologyMarks<MarkedHit> = {
  overlapping(hit) {
    const labels: string[] = [];
    for (const field of OVERLAP_RULES[hit.ruleId] ?? []) {
      const label = hit.data[field];
      if (label !== undefined) labels.push(label);
    }
    return labels;
  },
  missingReturnFrom(hit) {
    return hit.ruleId === MISSING_RETURN_RULE && Object.hasOwn(hit.data, 'peerVpc') ? hit.data.peerVpc : undefined;
  },
};
