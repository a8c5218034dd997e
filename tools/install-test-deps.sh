#!/usr/bin/env bash
# Installs what the test suite needs, idempotently: Debian packages for the real servers and the
# virtual display, and Azurite from npm. Prints what is missing when it cannot install (not root).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf 'install-test-deps: %s\n' "$*" >&2; }

# Debian packages the tests use (binary to look for = package that provides it).
declare -A PACKAGES=(
  [xvfb-run]=xvfb
  [xauth]=xauth
  [pgbouncer]=pgbouncer
  [redis-server]=redis-server
)
LIBS=(libgtk-3-0 fonts-dejavu-core)

missing=()
for bin in "${!PACKAGES[@]}"; do
  command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/sbin/$bin" ] || missing+=("${PACKAGES[$bin]}")
done
for pkg in "${LIBS[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    log "missing packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})"
    exit 1
  fi
fi

# Services that a package install may have started would hold the default ports; the tests start
# their own on free ports, so the system ones are not needed.
