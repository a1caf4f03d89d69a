// `ogo sandbox`: runs the built-in OGOship sandbox on 127.0.0.1 until Ctrl-C and
// prints how to use it. The demo credentials it prints are public, not secrets.
import { DEMO_CREDENTIALS, startSandbox } from '../../sandbox/index.js';
import { intOption, type CommandSpec } from '../command.js';

/** The sandbox command. */
export const commands: CommandSpec[] = [
  {
    name: 'sandbox',
    summary: 'Run a local OGOship sandbox with demo data until Ctrl-C',
    options: {
      port: { type: 'string', value: 'N', help: 'port on 127.0.0.1 (default: any free port)' },
      orders: { type: 'string', value: 'N', help: 'seeded orders (default 2000)' },
      products: { type: 'string', value: 'N', help: 'seeded products (default 300)' },
    },
    async run({ options, out, signal, global }) {
      const sandbox = await startSandbox({
        port: intOption(options.port, 'port'),
        orders: intOption(options.orders, 'orders'),
        products: intOption(options.products, 'products'),
      });
      if (global.json) out.json({ url: sandbox.url, credentials: DEMO_CREDENTIALS });
      else printWelcome(out.line, sandbox.url);
      await new Promise<void>((resolve) => {
        process.once('SIGTERM', resolve);
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
      await sandbox.close();
      out.note('sandbox stopped');
    },
  },
];

function printWelcome(line: (text?: string) => void, url: string): void {
  line(`OGOship sandbox running at ${url}`);
  line(`  token endpoint  ${url}/OAuth/Token`);
  line(`  API             ${url}/api/v1/`);
  line('Demo credentials (public, for this sandbox only):');
  line(`  merchant ID     ${DEMO_CREDENTIALS.merchantId}`);
  line(`  secret token    ${DEMO_CREDENTIALS.secretToken}`);
  line(`  client ID       ${DEMO_CREDENTIALS.clientId}`);
  line(`  client secret   ${DEMO_CREDENTIALS.clientSecret}`);
  line('Try, in another terminal:');
  line(`  npx ogo --sandbox ${url} orders list --limit 20`);
  line(`  npx ogo --sandbox ${url} sync`);
  line('Press Ctrl-C to stop.');
}
