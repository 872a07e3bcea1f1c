# Sourced by ensure_browser.sh and ensure_graphviz.sh: installs Debian packages, as root or
# through sudo, quietly. $1 names the caller in messages; then optionally --no-install-recommends;
# the rest are the packages.
install_from_debian() {
  local who=$1; shift
  local options=()
  if [ "${1:-}" = --no-install-recommends ]; then options=("$1"); shift; fi
  local sudo
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
    echo "$who: need root to install $* (apt-get install $*)" >&2; return 1
  fi
  echo "$who: installing $* from Debian" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${options[@]}" "$@" >/dev/null
}
