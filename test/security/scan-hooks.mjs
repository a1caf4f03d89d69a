// Loaded with --import into the Electronegativity child process only. Two jobs:
// 1. its translation fetch gets the offline `got` stand-in, and any DNS lookup or
//    non-loopback connection is refused and reported on stderr (the test fails on it);
// 2. npm hoists @typescript-eslint/typescript-estree beside the project's TypeScript 7,
//    which has no JS API, so `typescript` asked from there resolves to the
//    TypeScript the tool ships in its own node_modules.
// Never used by product code.
// LIMIT: Electronegativity 1.10.3 always fetches translations from its S3 bucket and
// resolves `typescript` through npm's hoisting; both are steered here rather than patched
// in node_modules, and would go away with a tool release that fixes them.
import dns from 'node:dns';
import net from 'node:net';
import { createRequire, registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const toolRequire = createRequire(import.meta.resolve('@doyensec/electronegativity/package.json'));
const toolTypescript = pathToFileURL(toolRequire.resolve('typescript')).href;
const offlineGot = import.meta.resolve('./offline-got.cjs');

registerHooks({
  resolve(specifier, context, next) {
    const parent = context.parentURL ?? '';
    if (specifier === 'typescript' && parent.includes('/@typescript-eslint/')) {
      return { url: toolTypescript, format: 'commonjs', shortCircuit: true };
    }
    if (specifier === 'got' && parent.includes('/@doyensec/electronegativity/')) {
      return { url: offlineGot, format: 'commonjs', shortCircuit: true };
    }
    return next(specifier, context);
  },
});

function refuse(what) {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  const error = new Error(`network refused in the security scan: ${what}`);
  error.code = 'ENOTFOUND';
  return error;
}

dns.lookup = (host, ...rest) => {
  const callback = rest.pop();
  const error = refuse(`dns ${host}`);
  process.nextTick(() => callback(error));
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { host: args[1] };
  const host = options.host ?? 'localhost';
  if (options.path === undefined && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw refuse(`connect ${host}`);
  }
  return connect.apply(this, args);
};
