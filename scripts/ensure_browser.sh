#!/usr/bin/env bash
# Installs what the browser tests need from Debian, once: Chromium (driven by
# Playwright; never a downloaded browser) and poppler-utils (pdftotext reads the
# printed PDF back). Quick no-op when both are present. Needs root or sudo.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
# Only Debian's chromium package is a real browser (Ubuntu's is a snap shim): elsewhere,
# say what is missing and let the browser tests report it if they run.
if ! grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
  echo "ensure_browser: not Debian; install ${missing[*]} yourself for the browser tests" >&2; exit 0
fi
. "$(dirname "$0")/debian_install.sh"
install_from_debian ensure_browser "${missing[@]}"
