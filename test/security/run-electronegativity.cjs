// Child-process entry of the Electronegativity test: scans the folder given as
// argv[2] for Electron version argv[3], without the online "available security
// fixes" check, and prints the findings as one JSON line. Never used by product code.
const run = require('@doyensec/electronegativity');

run({
  input: process.argv[2],
  electronVersionOverride: process.argv[3],
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: true,
}).then(
  (result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      description: issue.description,
    }));
    process.stdout.write(`${JSON.stringify({ findings, errors: result.errors })}\n`);
  },
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
