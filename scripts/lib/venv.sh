# Shared by scripts/serve, scripts/build and scripts/test: one virtual environment in .venv,
# installed from the hashed requirement files, reinstalled only when they change.
export NO_MKDOCS_2_WARNING=1  # the end-of-life notice is known (see README)
# mkdocs-redirects asks ProperDocs to print a notice on stderr; it would precede build errors.
export DISABLE_MKDOCS_2_WARNING=true
VENV="${VENV:-$PWD/.venv}"

ensure_venv() {
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is needed; found: $("$python" --version 2>&1)" >&2
    exit 1
  fi
  [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
  # The stamp holds one "hash  file" line per file last installed, so that scripts/build
  # (requirements.txt) after scripts/test (both files) finds its file already in and skips pip.
  local stamp="$VENV/.installed-from" wanted line installed=yes
  wanted="$(sha256sum "$@")"
  while IFS= read -r line; do
    grep -qxF -- "$line" "$stamp" 2>/dev/null || installed=no
  done <<< "$wanted"
  if [ "$installed" = no ]; then
    local args=()
    for file in "$@"; do args+=(-r "$file"); done
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --require-hashes "${args[@]}"
    echo "$wanted" > "$stamp"
  fi
}

ensure_node_modules() {
  # The build's tools from npm (package.json: PurgeCSS, dossier/export/stylesheet.py), installed
  # by `npm ci` from the committed package-lock.json, with its integrity hashes, as pip installs
  # from the hashed requirement files: here, at set-up, never during the build itself.
  # Reinstalled only when package-lock.json changes (the stamp sits inside node_modules, so a
  # node_modules linked from another checkout counts as installed).
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node.js 20 or newer (node and npm) is needed to build the site's stylesheet" >&2
    exit 1
  fi
  local stamp="node_modules/.installed-from" wanted
  wanted="$(sha256sum package-lock.json)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    echo "$wanted" > "$stamp"
  fi
}

ensure_chromium() {
  # The browser tests and the PDF build (scripts/build) drive Debian's Chromium; Playwright's
  # own browser download is not used, except on a GitHub runner without /usr/bin/chromium (its images normally link a Chromium
  # build there), since Ubuntu's apt "chromium" is only a stub for the snap.
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && return 0
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
    exit 1
  fi
  [ -x "${DEBIAN_CHROMIUM:-/usr/bin/chromium}" ] && return 0  # DEBIAN_CHROMIUM: for tests
  if [ "${GITHUB_ACTIONS:-}" = "true" ]; then
    echo "Installing Playwright's Chromium for the browser tests (GitHub runner) ..." >&2
    "$VENV/bin/python" -m playwright install --with-deps chromium >&2
    CHROMIUM_PATH="$("$VENV/bin/python" -c 'from playwright.sync_api import sync_playwright
with sync_playwright() as p: print(p.chromium.executable_path)')"
    export CHROMIUM_PATH  # read by tests/conftest.py
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian's chromium for the browser tests ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
