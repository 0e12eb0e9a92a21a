# Shared by scripts/serve, scripts/build and scripts/test: one virtual environment in .venv,
# installed from the hashed requirement files, reinstalled only when they change.
export NO_MKDOCS_2_WARNING=1  # the end-of-life notice is known (see README)
VENV="${VENV:-$PWD/.venv}"

ensure_venv() {
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is needed; found: $("$python" --version 2>&1)" >&2
    exit 1
  fi
  [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
  local stamp="$VENV/.installed-from" wanted
  wanted="$(cat "$@" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    local args=()
    for file in "$@"; do args+=(-r "$file"); done
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --require-hashes "${args[@]}"
    echo "$wanted" > "$stamp"
  fi
}

ensure_chromium() {
  # Browser tests drive Debian's Chromium; Playwright's own browser download is not used.
  [ -x /usr/bin/chromium ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian's chromium for the browser tests ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
