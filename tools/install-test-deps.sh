#!/usr/bin/env bash
# Installs what the test suite needs, idempotently: Debian packages for the real servers and the
# virtual display, the AWS CLI, and Azurite from npm. Prints what is missing when it cannot install
# (not root). Quick (well under 2 s) when everything is already there.
# PostgreSQL and S3Proxy come from Maven (modules/test-support), nothing to install for them here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_DIR="$ROOT/tools/azurite"
log() { printf 'install-test-deps: %s\n' "$*" >&2; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# Debian packages the tests use (binary to look for = package that provides it).
declare -A PACKAGES=(
  [xvfb-run]=xvfb
  [xauth]=xauth
  [pgbouncer]=pgbouncer
  [redis-server]=redis-server
  [setpriv]=util-linux
  [node]=nodejs
  [npm]=npm
  [mariadbd]=mariadb-server
  # A real keyring for the password tests: secret-tool into GNOME keyring on a private session bus.
  [secret-tool]=libsecret-tools
  [gnome-keyring-daemon]=gnome-keyring
  [dbus-daemon]=dbus-daemon
  # The installers' build and smoke test (jpackage needs fakeroot and dpkg-deb for the .deb).
  [fakeroot]=fakeroot
  [dpkg-deb]=dpkg
  [zip]=zip
  [unzip]=unzip
)
LIBS=(libgtk-3-0 fonts-dejavu-core)

has_bin() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }

missing=()
for bin in "${!PACKAGES[@]}"; do
  has_bin "$bin" || missing+=("${PACKAGES[$bin]}")
done
for pkg in "${LIBS[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# The storage tests call /usr/bin/aws itself (a pip or pyenv shim elsewhere on PATH does not count).
[ -x /usr/bin/aws ] || missing+=(awscli)

if [ "${#missing[@]}" -gt 0 ]; then
  if is_root; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_log="$(mktemp)"
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
      cat "$apt_log" >&2
      log "apt-get failed (log above)"
      exit 1
    fi
    rm -f "$apt_log"
    # Services that the install may have started hold the default ports; the tests start their own
    # servers on free ports, so the system ones are not needed.
    for svc in redis-server pgbouncer mariadb-server; do
      case " ${missing[*]} " in
        *" $svc "*) service "$svc" stop >/dev/null 2>&1 || true ;;
      esac
    done
  else
    log "missing packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})"
    exit 1
  fi
fi

# Azurite (Azure Blob emulator), pinned by tools/azurite/package-lock.json.
if [ ! -x "$AZURITE_DIR/node_modules/.bin/azurite-blob" ]; then
  log "installing Azurite into $AZURITE_DIR (npm ci)"
  (cd "$AZURITE_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || {
    log "npm ci failed; run it by hand in $AZURITE_DIR"
    exit 1
  }
fi
