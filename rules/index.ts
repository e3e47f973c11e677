/**
 * The rule registry. An explicit list (not a directory scan) so bundlers see static imports;
 * test/catalogue.test.ts checks that every file in rules/ is listed here and vice versa.
 */
import type { Rule } from '../src/engine/define-rule.js';
import invalidCidr from './invalid-cidr.js';
import peeringCidrOverlap from './peering-cidr-overlap.js';
import missingReverseRoute from './missing-reverse-route.js';
import transitivePeeringRoute from './transitive-peering-route.js';
import edgeToEdgeRoute from './edge-to-edge-route.js';
import duplicatePeering from './duplicate-peering.js';
import openIngress from './open-ingress.js';

export const rules: readonly Rule[] = [
  invalidCidr,
  peeringCidrOverlap,
  missingReverseRoute,
  transitivePeeringRoute,
  edgeToEdgeRoute,
  duplicatePeering,
  openIngress,
];
