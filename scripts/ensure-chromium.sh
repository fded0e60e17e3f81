#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests (playwright-core
# drives it; browsers cannot be downloaded here). Installs it when run as root.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Đang cài Chromium (gói Debian) cho kiểm thử đầu-cuối…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
  exit 0
fi
echo "Thiếu Chromium tại $chromium_path. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH)." >&2
exit 1
