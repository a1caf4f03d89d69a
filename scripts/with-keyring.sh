#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so tests use a real Secret Service without touching the user's own keychain.
set -euo pipefail

if [ -z "${OGO_PRIVATE_DBUS:-}" ]; then
  # dbus-daemon warns that it may not raise its file limit when run as root in a
  # container; harmless here, and alarming to read, so that one line is dropped.
  exec dbus-run-session -- env OGO_PRIVATE_DBUS=1 bash "$0" "$@" \
    2> >(grep --line-buffered -v 'Failed to set fd limit' >&2)
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/ogo-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
# The keyring password only protects this throwaway keyring.
eval "$(printf 'ogo-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

"$@"
