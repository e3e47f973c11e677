/**
 * The rule registry. An explicit list (not a directory scan) so bundlers see static imports;
 * test/catalogue.test.ts checks that every file in rules/ is listed here and vice versa.
 */
import type { Rule } from '../src/engine/define-rule.js';
import invalidCidr from './invalid-cidr.js';
import unusedSuppression from './unused-suppression.js';
import expiredSuppression from './expired-suppression.js';
import invalidSuppression from './invalid-suppression.js';
import peeringCidrOverlap from './peering-cidr-overlap.js';
import spokeCidrOverlap from './spoke-cidr-overlap.js';
import subnetCidr from './subnet-cidr.js';
import missingReverseRoute from './missing-reverse-route.js';
import transitivePeeringRoute from './transitive-peering-route.js';
import edgeToEdgeRoute from './edge-to-edge-route.js';
import routeToForeignPeering from './route-to-foreign-peering.js';
import mixedInlineRoutes from './mixed-inline-routes.js';
import duplicatePeering from './duplicate-peering.js';
import peeringAcceptance from './peering-acceptance.js';
import peeringQuota from './peering-quota.js';
import peeringDns from './peering-dns.js';
import peeringRegion from './peering-region.js';
import selfPeering from './self-peering.js';
import openIngress from './open-ingress.js';
import crossRegionSgReference from './cross-region-sg-reference.js';
import broadPeerIngress from './broad-peer-ingress.js';
import networkIntent from './network-intent.js';

export const rules: readonly Rule[] = [
  invalidCidr,
  unusedSuppression,
  expiredSuppression,
  invalidSuppression,
  peeringCidrOverlap,
  spokeCidrOverlap,
  subnetCidr,
  missingReverseRoute,
  transitivePeeringRoute,
  edgeToEdgeRoute,
  routeToForeignPeering,
  mixedInlineRoutes,
  duplicatePeering,
  peeringAcceptance,
  peeringQuota,
  peeringDns,
  peeringRegion,
  selfPeering,
  openIngress,
  crossRegionSgReference,
  broadPeerIngress,
  networkIntent,
];
