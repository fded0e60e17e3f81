#!/usr/bin/env bash
# Prepares a Debian machine (run as root, non-interactive, idempotent) for the
# server tests: PostgreSQL 15 + PostGIS 3 running on 127.0.0.1:5432 with the
# `postgres` superuser reachable without a password from localhost, GDAL for
# the OAPIF client test, and the server's own node_modules.
set -euo pipefail

SERVER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

missing=()
dpkg -s postgresql-15 >/dev/null 2>&1 || missing+=(postgresql-15)
dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1 || missing+=(postgresql-15-postgis-3)
dpkg -s gdal-bin >/dev/null 2>&1 || missing+=(gdal-bin)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Cài đặt: ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi

# A fresh install creates the 15/main cluster; make sure it exists and runs.
if ! pg_lsclusters -h 2>/dev/null | awk '$1 == "15" && $2 == "main"' | grep -q .; then
  pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start
fi

# The tests connect as `postgres` and `oapif_app` over TCP on 127.0.0.1 without a password.
if ! PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  hba="$(su postgres -c "psql -Atc 'show hba_file'")"
  if ! grep -q "oapif-tests" "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust # oapif-tests: local test cluster only' "$hba"
    sed -i '1i host all all ::1/128 trust # oapif-tests: local test cluster only' "$hba"
  fi
  su postgres -c "psql -Atc 'select pg_reload_conf()'" >/dev/null
fi

npm ci --prefix "$SERVER_DIR" --no-audit --no-fund >/dev/null
echo "Môi trường kiểm thử máy chủ đã sẵn sàng."
