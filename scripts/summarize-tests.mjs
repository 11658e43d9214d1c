// Prints the closing line CI reads, "N passed, N failed[, N skipped]", from vitest's JSON report.
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(`could not read the test report ${file}: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A test file that fails to load has no test results but counts as a failure.
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

function countSuitesWithFailedTests(r) {
  return (r.testResults ?? []).filter((suite) => (suite.assertionResults ?? []).some((test) => test.status === 'failed')).length;
}
