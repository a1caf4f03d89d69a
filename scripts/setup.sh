#!/usr/bin/env bash
# Installs what OGO Desk needs on a fresh Debian/Ubuntu machine: the system
# packages its tests and browser preview use, then the npm dependencies
# (which bring Node 24, the Node that Electron 45 embeds, as node_modules/.bin/node).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies"
  npm ci --no-audit --no-fund
fi
echo "setup: ready ($(node_modules/.bin/node --version) for the app and tests)"
