#!/usr/bin/env bash
# Installs Graphviz from Debian, once: the relationship graph is laid out by its `dot` (issue 22),
# so every build needs it. Quick no-op when present. Needs root or sudo to install.
set -euo pipefail
command -v dot >/dev/null 2>&1 && exit 0
if ! grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
  echo "ensure_graphviz: not Debian; install Graphviz (the 'dot' program) yourself" >&2; exit 1
fi
. "$(dirname "$0")/debian_install.sh"
install_from_debian ensure_graphviz --no-install-recommends graphviz
