// The /__sandbox/ control surface for tests and demos: request log, clock,
// faults, offline switch, warehouse actions (ship, stock) and state peeks.
// Loopback only, no auth; it exists only inside the sandbox.
import { z } from 'zod';
import { faultInputSchema } from './faults.js';
import { apiErrorReply, jsonReply, type Reply } from './reply.js';
import type { SandboxRequest } from './sandbox-request.js';
import type { SandboxCore } from './server.js';
import { parseWith } from './validation.js';
import { shipOrder, setProductStock } from './warehouse-actions.js';
import { decodeSegment } from './orders-api.js';
import { productCodeFromPath } from './product-rules.js';

type ControlRoute = {
  method: string;
  pattern: RegExp;
  handle(core: SandboxCore, request: SandboxRequest, params: string[]): Reply | Promise<Reply>;
};

function jsonOf(request: SandboxRequest): unknown {
  if (request.body.length === 0) return {};
  try {
    return JSON.parse(request.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const clockSchema = z.object({ advanceSeconds: z.number().finite().min(0) }).strict();
const offlineSchema = z.object({ offline: z.boolean() }).strict();

const routes: ControlRoute[] = [
  {
    method: 'GET',
    pattern: /^\/requests$/i,
    handle: (core, request) =>
      jsonReply(core.log.since(Number(request.query.get('since') ?? 0) || 0)),
  },
  {
    method: 'DELETE',
    pattern: /^\/requests$/i,
    handle: (core) => {
      core.log.clear();
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: /^\/clock$/i,
    handle: (core, request) => {
      core.clock.advance(parseWith(clockSchema, jsonOf(request), 'clock request').advanceSeconds);
      return jsonReply({ now: new Date(core.clock.now()).toISOString() });
    },
  },
  {
    method: 'GET',
    pattern: /^\/clock$/i,
    handle: (core) => jsonReply({ now: new Date(core.clock.now()).toISOString() }),
  },
  { method: 'POST', pattern: /^\/faults$/i, handle: addFault },
  {
    method: 'DELETE',
    pattern: /^\/faults$/i,
    handle: (core) => {
      core.faults.clear();
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: /^\/offline$/i,
    handle: (core, request) => {
      core.offline = parseWith(offlineSchema, jsonOf(request), 'offline request').offline;
      return jsonReply({ offline: core.offline });
    },
  },
  {
    method: 'POST',
    pattern: /^\/orders\/([^/]+)\/ship$/i,
    handle: (core, request, [reference]) =>
      shipOrder(core.state, decodeSegment(reference!, 'order reference'), jsonOf(request)),
  },
  {
    method: 'POST',
    pattern: /^\/products\/([^/]+)\/stock$/i,
    handle: (core, request, [code]) =>
      setProductStock(core.state, productCodeFromPath(request, code!), jsonOf(request)),
  },
  {
    method: 'GET',
    pattern: /^\/webhook-deliveries$/i,
    handle: (core) => jsonReply(core.deliveries.attempts),
  },
  {
    method: 'GET',
    pattern: /^\/state\/orders\/([^/]+)$/i,
    handle: (core, _request, [reference]) => {
      const row = core.state.orders.get(decodeSegment(reference!, 'order reference'));
      return row ? jsonReply(row.json) : apiErrorReply(404, 'No order with that reference.');
    },
  },
];

function addFault(core: SandboxCore, request: SandboxRequest): Reply {
  const fault = parseWith(faultInputSchema, jsonOf(request), 'fault rule');
  try {
    core.faults.add(fault);
  } catch {
    return apiErrorReply(
      400,
      'The fault rule is not valid: path is not a valid regular expression.',
    );
  }
  return jsonReply({ pending: core.faults.pending() }, 201);
}

/** Answers one /__sandbox/ request. */
export function handleControl(core: SandboxCore, request: SandboxRequest): Reply | Promise<Reply> {
  const rest = request.rawPath.replace(/^\/__sandbox/i, '').replace(/(?<=.)\/+$/, '') || '/';
  for (const route of routes) {
    const match = route.pattern.exec(rest);
    if (match && route.method === request.method)
      return route.handle(core, request, match.slice(1));
  }
  return apiErrorReply(
    404,
    `No sandbox control at ${request.method} ${request.rawPath.slice(0, 120)}.`,
  );
}
