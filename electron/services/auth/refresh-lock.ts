// A lock file shared by every OGO Desk process on this machine (app windows, the
// `ogo` command, cron jobs), so only one of them redeems a merchant's single-use
// refresh token at a time. Created with O_EXCL; a lock whose owner died (or that
// is far too old) is broken, under a second short-lived lock so that two
// waiters never both break it. Holds only a pid, a host name and a nonce.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuthError } from '../../../shared/errors.js';
import { createLogger } from '../log/logger.js';

const log = createLogger('auth');

/** Timing of the lock; the defaults suit a token request with a 30 s timeout. */
export interface FileLockOptions {
  /** Time without a heartbeat after which a lock is broken even if its owner seems alive. */
  staleMs?: number;
  /** Longest wait for the lock before giving up. */
  waitMs?: number;
  /** Pause between attempts (jittered). */
  pollMs?: number;
}

interface Holder {
  pid: number | null;
  host: string | null;
  nonce: string | null;
  ageMs: number;
}

// A breaker is held only for a read and an unlink; older than this, its owner died.
const BREAKER_STALE_MS = 10_000;

/** Runs `work` while holding the lock file at `lockPath`; always releases it. */
export async function withFileLock<T>(
  lockPath: string,
  options: FileLockOptions,
  work: () => Promise<T>,
): Promise<T> {
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  const nonce = await acquire(lockPath, options);
  // A holder that is slow but alive (retrying a token request) keeps its lock
  // fresh, so "stale" means "nobody touched it for staleMs".
  const heartbeat = setInterval(() => void touch(lockPath), staleMsOf(options) / 4);
  heartbeat.unref();
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    await release(lockPath, nonce);
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const staleMs = staleMsOf(options);
  const pollMs = options.pollMs ?? 25;
  const deadline = Date.now() + (options.waitMs ?? 120_000);
  const nonce = randomUUID();

  for (;;) {
    if (await tryCreate(lockPath, nonce)) return nonce;

    const holder = await readHolder(lockPath);
    const stale = holder !== null && isStale(holder, staleMs);
    if (stale && (await breakStale(lockPath, holder, staleMs))) continue;
    if (Date.now() > deadline) {
      throw new AuthError(
        'Another OGO Desk process is still signing in to OGOship; try again in a moment.',
      );
    }
    await sleep(pollMs / 2 + Math.random() * pollMs);
  }
}

function staleMsOf(options: FileLockOptions): number {
  return options.staleMs ?? 60_000;
}

async function touch(filePath: string): Promise<void> {
  const now = new Date();
  // A missed touch only makes the lock look stale sooner; never worth failing the work.
  await fs.utimes(filePath, now, now).catch(() => undefined);
}

async function tryCreate(filePath: string, nonce: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify({ pid: process.pid, host: os.hostname(), nonce }));
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(filePath: string): Promise<Holder | null> {
  try {
    const [text, stats] = await Promise.all([fs.readFile(filePath, 'utf8'), fs.stat(filePath)]);
    const ageMs = Date.now() - stats.mtimeMs;
    // An empty file is a lock being written right now; only its age can make it stale.
    const data = parseHolder(text);
    return { pid: data.pid ?? null, host: data.host ?? null, nonce: data.nonce ?? null, ageMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(text: string): { pid?: number; host?: string; nonce?: string } {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    return {
      pid: typeof data.pid === 'number' ? data.pid : undefined,
      host: typeof data.host === 'string' ? data.host : undefined,
      nonce: typeof data.nonce === 'string' ? data.nonce : undefined,
    };
  } catch {
    return {};
  }
}

function isStale(holder: Holder, staleMs: number): boolean {
  if (holder.ageMs > staleMs) return true;
  if (holder.pid === null || holder.host !== os.hostname()) return false;
  return !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// True when this call had the right to look (whether or not it removed the lock).
async function breakStale(lockPath: string, stale: Holder, staleMs: number): Promise<boolean> {
  const breakerPath = `${lockPath}.break`;
  if (!(await tryCreate(breakerPath, randomUUID()))) {
    const breaker = await readHolder(breakerPath);
    if (breaker && breaker.ageMs > BREAKER_STALE_MS) await fs.rm(breakerPath, { force: true });
    return false;
  }

  try {
    // Between our look and taking the breaker, someone else may have broken the
    // stale lock and taken a fresh one: only remove what is still the same lock.
    const now = await readHolder(lockPath);
    if (now && now.nonce === stale.nonce && isStale(now, staleMs)) {
      log.warn(`breaking a stale sign-in lock left by process ${stale.pid ?? 'unknown'}`);
      await fs.rm(lockPath, { force: true });
    }
  } finally {
    await fs.rm(breakerPath, { force: true });
  }
  return true;
}

// LIMIT: read-then-remove is not atomic; if this holder went silent past staleMs
// and another took the lock between the two steps, its lock would be removed.
// Heartbeats make that need a stalled event loop of a whole staleMs.
async function release(lockPath: string, nonce: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.nonce === nonce) {
    await fs.rm(lockPath, { force: true });
    return;
  }
  log.warn(
    'the sign-in lock was taken over while held (it looked stale); left it to its new owner',
  );
}
