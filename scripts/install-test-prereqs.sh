#!/usr/bin/env bash
# Idempotent, non-interactive install of what the offline VS Code integration tests need
# (adapted from the shared vscode-harness install.sh). Only apt (Debian) and the npm registry
# are used; nothing is downloaded from GitHub or from the VS Code CDN.
#
#   Debian: chromium (drives the workbench) + ca-certificates, neovim, pandoc, libreoffice-writer-nogui, pre-commit; when code-server still has to be
#           built also build-essential python3 pkg-config lib{krb5,secret-1,x11,xkbfile}-dev ripgrep.
#           As root missing packages are installed; otherwise the script stops and names them.
#   npm:    code-server, playwright-core, @vscode/vsce (--ignore-scripts, for `vsce package`)
#           into $HARNESS_CACHE (default ~/.cache/vscode-harness), plus harness.env.json there.
#
# A re-run with everything in place only checks marker files (well under a second).
#
# Env: HARNESS_CACHE, CODE_SERVER_VERSION (4.100.3), PLAYWRIGHT_VERSION (1.52.0), VSCE_VERSION (3.9.2),
#      SKIP_APT=1 (never call apt/dpkg), FORCE=1 (ignore the markers and re-check everything).
set -euo pipefail

HARNESS_CACHE="${HARNESS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-harness}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.52.0}"
VSCE_VERSION="${VSCE_VERSION:-3.9.2}"

CS_DIR="$HARNESS_CACHE/code-server-$CODE_SERVER_VERSION"
PW_DIR="$HARNESS_CACHE/playwright-core-$PLAYWRIGHT_VERSION"
VSCE_DIR="$HARNESS_CACHE/vsce-$VSCE_VERSION"
ENV_FILE="$HARNESS_CACHE/harness.env.json"
MARKER="$HARNESS_CACHE/.cspr-lint-prereqs.ok"
MARKER_CONTENT="code-server=$CODE_SERVER_VERSION playwright-core=$PLAYWRIGHT_VERSION vsce=$VSCE_VERSION"

CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
PW_INDEX="$PW_DIR/node_modules/playwright-core/index.js"
VSCE_BIN="$VSCE_DIR/node_modules/.bin/vsce"

log() { echo "[test-prereqs $(date +%H:%M:%S)] $*"; }
find_chromium() { command -v chromium || command -v chromium-browser || true; }
outside_tools_present() { command -v nvim && command -v pandoc && command -v soffice && command -v pre-commit; } >/dev/null

# Node 20: code-server 4.100.3's native modules are built for (and its engine requires) Node 20.
node_version="$(node --version 2>/dev/null || true)"
case "$node_version" in
  v20.*) ;;
  *) echo "ERROR: the integration tests need Node 20 (code-server $CODE_SERVER_VERSION); found ${node_version:-no node}" >&2; exit 1 ;;
esac

# ---------------------------------------------------------------- fast path: markers only
if [ "${FORCE:-0}" != "1" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$MARKER_CONTENT" ] \
   && [ -f "$CS_DIR/.install-ok" ] && [ -f "$CS_ENTRY" ] && [ -f "$PW_INDEX" ] && [ -f "$VSCE_BIN" ] \
   && [ -f "$ENV_FILE" ] && [ -n "$(find_chromium)" ] && outside_tools_present; then
  log "prerequisites present in $HARNESS_CACHE"
  exit 0
fi

t0=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
# ~/.npmrc may say yes=false: node-pty's postinstall runs `npx node-gyp`, which would then be cancelled.
export npm_config_yes=true
# code-server's postinstall.sh refuses to run as root without this.
export npm_config_unsafe_perm=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# node-gyp must use the local Node headers, never download them from nodejs.org.
node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -z "${npm_config_nodedir:-}" ]; then
  cfg_nodedir="$(npm config get nodedir 2>/dev/null | grep -v '^undefined$\|^null$' || true)"
  if [ -n "$cfg_nodedir" ] && [ -f "$cfg_nodedir/include/node/node.h" ]; then
    export npm_config_nodedir="$cfg_nodedir"
  elif [ -f "$node_prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$node_prefix"
  fi
fi

cs_ok() { [ -f "$CS_DIR/.install-ok" ] && [ -f "$CS_ENTRY" ]; }

# ---------------------------------------------------------------- Debian packages
# Real outside tools the tests drive: Neovim (an LSP client other than VS Code), pandoc and
# LibreOffice (Word documents made by tools no one here wrote), pre-commit (the team hook).
APT_RUNTIME="chromium ca-certificates neovim pandoc libreoffice-writer-nogui pre-commit"
APT_BUILD="build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev ripgrep"
if [ "${SKIP_APT:-0}" != "1" ]; then
  wanted="$APT_RUNTIME"
  cs_ok || wanted="$wanted $APT_BUILD"
  missing=""
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      log "apt-get install:$missing"
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends $missing
    else
      echo "ERROR: missing Debian packages:$missing" >&2
      echo "Install them as root, e.g.:  sudo apt-get install -y --no-install-recommends$missing" >&2
      echo "(or run this script as root: $0)" >&2
      exit 1
    fi
  else
    log "Debian packages present"
  fi
fi
CHROMIUM="$(find_chromium)"
[ -n "$CHROMIUM" ] || { echo "ERROR: chromium not found (Debian package 'chromium')" >&2; exit 1; }

mkdir -p "$HARNESS_CACHE"
export npm_config_cache="${NPM_CACHE:-$HARNESS_CACHE/npm-cache}"

# ---------------------------------------------------------------- code-server
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION present"
else
  command -v rg >/dev/null || { echo "ERROR: ripgrep (rg) not found (Debian package 'ripgrep')" >&2; exit 1; }
  # @vscode/ripgrep's postinstall downloads rg from GitHub into os.tmpdir()/vscode-ripgrep-cache-<ver>/
  # unless the archive is already there: point TMPDIR at the cache and seed it with Debian's rg.
  export TMPDIR="$HARNESS_CACHE/tmp"
  mkdir -p "$TMPDIR"
  case "$(uname -m)" in
    x86_64) rg_target="x86_64-unknown-linux-musl" ;;
    aarch64) rg_target="aarch64-unknown-linux-musl" ;;
    *) echo "ERROR: unsupported architecture $(uname -m)" >&2; exit 1 ;;
  esac
  probe="$TMPDIR/cs-probe"
  rm -rf "$probe" && mkdir -p "$probe"
  (cd "$probe" && npm pack "code-server@$CODE_SERVER_VERSION" --silent >/dev/null && tar xzf code-server-*.tgz)
  registry_host="$(npm config get registry 2>/dev/null | sed -E 's#^https?://##; s#/$##')"
  nonreg=$(grep -h -o '"resolved": *"[^"]*"' "$probe"/package/npm-shrinkwrap.json "$probe"/package/lib/vscode/npm-shrinkwrap.json "$probe"/package/lib/vscode/extensions/npm-shrinkwrap.json 2>/dev/null | grep -v -F "$registry_host" || true)
  if [ -n "$nonreg" ]; then
    echo "ERROR: code-server@$CODE_SERVER_VERSION has dependencies outside the npm registry:" >&2
    echo "$nonreg" >&2
    exit 1
  fi
  rgvers=$(cd "$probe" && node -e '
    const fs = require("fs"); const out = new Set();
    for (const f of ["package/npm-shrinkwrap.json", "package/lib/vscode/npm-shrinkwrap.json", "package/lib/vscode/extensions/npm-shrinkwrap.json"]) {
      if (!fs.existsSync(f)) continue;
      const j = JSON.parse(fs.readFileSync(f, "utf8"));
      for (const [k, v] of Object.entries(j.packages || {})) if (k.endsWith("node_modules/@vscode/ripgrep")) out.add(v.version);
    }
    console.log([...out].join(" "));')
  rm -rf "$probe"
  for v in $rgvers; do
    d="$TMPDIR/rgprobe-$v"; rm -rf "$d"; mkdir -p "$d"
    (cd "$d" && npm pack "@vscode/ripgrep@$v" --silent >/dev/null && tar xzf ./*.tgz)
    rgtag=$(sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" "$d/package/lib/postinstall.js")
    rm -rf "$d"
    seed="$TMPDIR/vscode-ripgrep-cache-$v"
    tgz="$seed/ripgrep-$rgtag-$rg_target.tar.gz"
    if [ ! -s "$tgz" ]; then
      mkdir -p "$seed/stage" && cp "$(command -v rg)" "$seed/stage/rg"
      tar czf "$tgz" -C "$seed/stage" rg && rm -rf "$seed/stage"
      log "seeded $tgz"
    fi
  done

  log "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR (builds native modules; a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"harness-code-server","private":true}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && npm install --no-audit --no-fund --unsafe-perm "code-server@$CODE_SERVER_VERSION")
  test -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  test -f "$CS_ENTRY"
  touch "$CS_DIR/.install-ok"
  log "code-server installed"
fi

# ---------------------------------------------------------------- playwright-core (no browser download)
if [ -f "$PW_INDEX" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION present"
else
  mkdir -p "$PW_DIR"
  [ -f "$PW_DIR/package.json" ] || echo '{"name":"harness-playwright","private":true}' > "$PW_DIR/package.json"
  (cd "$PW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION")
  log "playwright-core installed"
fi

# ---------------------------------------------------------------- @vscode/vsce (packaging the .vsix)
# --ignore-scripts: `vsce package` needs neither keytar (native, GitHub prebuilds) nor vsce-sign's postinstall.
if [ -f "$VSCE_BIN" ]; then
  log "vsce $VSCE_VERSION present"
else
  mkdir -p "$VSCE_DIR"
  [ -f "$VSCE_DIR/package.json" ] || echo '{"name":"harness-vsce","private":true}' > "$VSCE_DIR/package.json"
  (cd "$VSCE_DIR" && npm install --no-audit --no-fund --ignore-scripts "@vscode/vsce@$VSCE_VERSION")
  log "vsce installed"
fi

# ---------------------------------------------------------------- env file read by test/harness/run-tests.mjs
cat > "$ENV_FILE.tmp" <<JSON
{
  "codeServerEntry": "$CS_ENTRY",
  "codeServerBin": "$CS_DIR/node_modules/.bin/code-server",
  "playwrightCore": "$PW_INDEX",
  "chromium": "$CHROMIUM",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "playwrightVersion": "$PLAYWRIGHT_VERSION",
  "vsce": "$VSCE_BIN"
}
JSON
mv "$ENV_FILE.tmp" "$ENV_FILE"
printf '%s' "$MARKER_CONTENT" > "$MARKER"
log "done in $(( $(date +%s) - t0 ))s ($HARNESS_CACHE)"
