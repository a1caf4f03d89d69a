#!/usr/bin/env node
// Entry of the `ogo` command: checks the Node version (node:sqlite needs 22.13+,
// the project runs on Node 24), registers tsx so the TypeScript sources run as
// they are, and hands over to electron/cli/main.ts.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `ogo: needs Node 22.13 or newer (this is ${process.versions.node}); run it through npx or npm so the project's Node 24 is used.\n`,
  );
  process.exit(1);
}
// `ogo orders list --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
