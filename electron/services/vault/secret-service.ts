// Asks the D-Bus session bus whether a Secret Service (gnome-keyring, KWallet…)
// is running or can be started, because without one the keyring library may
// keep secrets in the kernel keyring, which forgets them at reboot.
// Only looks at bus names; never reads or writes a secret.
import dbus from 'dbus-next';

const SECRET_SERVICE_NAME = 'org.freedesktop.secrets';
const DEFAULT_TIMEOUT_MS = 3_000;

/** The answer about the Secret Service, with a reason fit for an error message. */
export interface SecretServiceProbe {
  reachable: boolean;
  reason: string;
}

/** True on the platforms whose keychain goes through the Secret Service. */
export function needsSecretService(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' || platform === 'freebsd';
}

/** Checks the session bus for a running or activatable org.freedesktop.secrets. */
export async function probeSecretService(
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<SecretServiceProbe> {
  let bus: dbus.MessageBus;
  try {
    bus = dbus.sessionBus();
  } catch {
    return { reachable: false, reason: 'no D-Bus session bus is available' };
  }

  try {
    const answer = askBus(bus).catch(() => ({
      reachable: false,
      reason: 'the D-Bus session bus refused the question',
    }));
    return await withTimeout(answer, timeoutMs);
  } finally {
    bus.disconnect();
  }
}

async function askBus(bus: dbus.MessageBus): Promise<SecretServiceProbe> {
  // A bus that cannot be reached reports it only as an 'error' event; the
  // pending call would otherwise wait forever.
  const failed = new Promise<SecretServiceProbe>((resolve) => {
    bus.on('error', () =>
      resolve({ reachable: false, reason: 'the D-Bus session bus cannot be reached' }),
    );
  });
  return Promise.race([failed, lookUpName(bus)]);
}

async function lookUpName(bus: dbus.MessageBus): Promise<SecretServiceProbe> {
  const owned = await callBus(bus, 'NameHasOwner', 's', [SECRET_SERVICE_NAME]);
  if (owned?.body[0] === true) return { reachable: true, reason: 'running' };

  const activatable = await callBus(bus, 'ListActivatableNames');
  const names: unknown = activatable?.body[0];
  if (Array.isArray(names) && names.includes(SECRET_SERVICE_NAME)) {
    return { reachable: true, reason: 'can be started on demand' };
  }
  return { reachable: false, reason: 'no Secret Service (such as gnome-keyring) is running' };
}

function callBus(
  bus: dbus.MessageBus,
  member: string,
  signature?: string,
  body?: unknown[],
): Promise<dbus.Message | null> {
  const message = new dbus.Message({
    destination: 'org.freedesktop.DBus',
    path: '/org/freedesktop/DBus',
    interface: 'org.freedesktop.DBus',
    member,
    ...(signature === undefined ? {} : { signature, body }),
  });
  return bus.call(message);
}

function withTimeout(
  work: Promise<SecretServiceProbe>,
  timeoutMs: number,
): Promise<SecretServiceProbe> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<SecretServiceProbe>((resolve) => {
    timer = setTimeout(
      () => resolve({ reachable: false, reason: 'the D-Bus session bus did not answer' }),
      timeoutMs,
    );
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}
