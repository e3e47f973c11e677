/**
 * The SARIF schema check, for the tests that imported it from here: it lives in
 * test/helpers/sarif.ts now, with GitHub code scanning's checks (codeScanningProblems), and reads
 * the schema from test/schemas/, so it needs nothing beside the clone.
 */
export { isUri, isUriReference, loadSarifSchema, SARIF_SCHEMA_FILE, sarifValidator } from '../helpers/sarif.js';
