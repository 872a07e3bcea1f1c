#!/usr/bin/env bash
# Installs Graphviz from Debian, once: the relationship graph is laid out by its `dot` (issue 22),
# so every build needs it. Quick no-op when present. Needs root or sudo to install.
set -euo pipefail
command -v dot >/dev/null 2>&1 && exit 0
if ! grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
  echo "ensure_graphviz: not Debian; install Graphviz (the 'dot' program) yourself" >&2; exit 1
fi
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
  echo "ensure_graphviz: need root to install graphviz (apt-get install graphviz)" >&2; exit 1
fi
echo "ensure_graphviz: installing graphviz from Debian" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends graphviz >/dev/null
