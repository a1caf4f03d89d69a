// The sandbox's HTTP dispatcher: control surface, offline switch, faults,
// latency, token endpoint and API, request log. Binds nothing itself; index.ts
// listens on 127.0.0.1 only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiRoute, isApiPath, routeApi } from './api-router.js';
import type { SandboxClock } from './clock.js';
import { isoTime } from './clock.js';
import type { FaultInput, FaultTable } from './faults.js';
import { dropConnection, readBody, writeReply } from './http-io.js';
import { toQuery } from './query.js';
import { apiErrorReply, type Reply, ReplyError } from './reply.js';
import type { RequestLog } from './request-log.js';
import type { SandboxRequest } from './sandbox-request.js';
import type { SandboxState } from './sandbox-state.js';
import { grantTypeOf, handleTokenRequest } from './token-endpoint.js';
import type { SandboxCredentials } from './credentials.js';
import type { TokenStore } from './tokens.js';
import type { WebhookDispatcher } from './webhook-delivery.js';

/** Everything the dispatcher needs; `offline` is flipped by the control surface. */
export interface SandboxCore {
  state: SandboxState;
  tokens: TokenStore;
  /** The merchant and client credentials the token endpoint accepts. */
  credentials: SandboxCredentials;
  log: RequestLog;
  faults: FaultTable;
  clock: SandboxClock;
  routes: ApiRoute[];
  deliveries: WebhookDispatcher;
  latencyMs: number;
  offline: boolean;
  /** Aborted on close, so delayed answers stop waiting. */
  closing: AbortSignal;
  control(request: SandboxRequest): Reply | Promise<Reply>;
}

const CONTROL_PREFIX = /^\/__sandbox(?=\/|$)/i;
const TOKEN_PATH = /^\/oauth\/token\/?$/i;

function answer(core: SandboxCore, request: SandboxRequest): Reply {
  try {
    if (TOKEN_PATH.test(request.rawPath)) return handleTokenRequest(request, core.tokens, core.credentials);
    if (isApiPath(request.rawPath)) return routeApi(request, core.state, core.tokens, core.routes);
    return apiErrorReply(
      404,
      `Nothing at ${request.rawPath.slice(0, 120)}; the API lives under /api/v1/.`,
    );
  } catch (error) {
    return errorReply(error);
  }
}

function errorReply(error: unknown): Reply {
  if (error instanceof ReplyError) return error.reply;
  console.error('[sandbox] handler failed:', error instanceof Error ? error.stack : String(error));
  return apiErrorReply(500, 'The sandbox failed to handle this request.');
}

function faultReply(fault: FaultInput & { status: number }): Reply {
  const headers =
    fault.retryAfter === undefined ? undefined : { 'Retry-After': String(fault.retryAfter) };
  return apiErrorReply(
    fault.status,
    `The sandbox answered ${fault.status} because a fault rule asked it to.`,
    headers,
  );
}

async function serveFaulted(core: SandboxCore, request: SandboxRequest, response: ServerResponse) {
  const entry = {
    method: request.method,
    path: request.rawPath,
    grantType: TOKEN_PATH.test(request.rawPath) ? grantTypeOf(request) : undefined,
  };
  const record = (status: number | null, fault?: string) =>
    core.log.add({ ...entry, status, fault, time: isoTime(core.clock.now()) });
  if (core.offline) {
    record(null, 'offline');
    dropConnection(response);
    return;
  }

  const fault = core.faults.take(request.method, request.rawPath);
  const waitMs = (fault?.delayMs ?? 0) + core.latencyMs;
  if (waitMs > 0) await sleep(waitMs, undefined, { signal: core.closing });
  if (fault?.reset) {
    record(null, 'reset');
    dropConnection(response);
    return;
  }

  const reply =
    fault?.status !== undefined
      ? faultReply({ ...fault, status: fault.status })
      : answer(core, request);
  if (fault?.commitThenDrop) {
    record(null, `commitThenDrop (answer would have been ${reply.status})`);
    dropConnection(response);
    return;
  }
  record(
    reply.status,
    fault?.status !== undefined ? 'status' : fault?.delayMs ? 'delay' : undefined,
  );
  writeReply(response, reply);
}

/** Handles one node:http request end to end; never throws. */
export async function handleHttp(
  core: SandboxCore,
  incoming: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const url = new URL(incoming.url ?? '/', 'http://sandbox.invalid');
    const request: SandboxRequest = {
      method: (incoming.method ?? 'GET').toUpperCase(),
      rawPath: url.pathname,
      query: toQuery(url.searchParams),
      headers: incoming.headers,
      body: await readBody(incoming),
    };
    if (CONTROL_PREFIX.test(request.rawPath)) {
      writeReply(
        response,
        await Promise.resolve()
          .then(() => core.control(request))
          .catch(errorReply),
      );
      return;
    }
    await serveFaulted(core, request, response);
  } catch (error) {
    if (core.closing.aborted) {
      dropConnection(response);
      return;
    }
    if (!response.headersSent) writeReply(response, errorReply(error));
  }
}
