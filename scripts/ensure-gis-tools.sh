#!/usr/bin/env bash
# Makes sure GDAL's command-line tools (Debian `gdal-bin`: ogr2ogr, ogrinfo,
# gdaltransform) and glibc's iconv are there: the format tests read our exported
# Shapefile/GeoPackage back with a real GIS tool and compare our TCVN3 table with
# iconv's; PROJ's projinfo (Debian `proj-bin`) gives the EPSG registry's VN-2000 zones
# for the meridian-table test. Installs gdal-bin when run as root; waits for another apt run to finish.
set -euo pipefail
command -v ogr2ogr >/dev/null 2>&1 && command -v ogrinfo >/dev/null 2>&1 && command -v projinfo >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Đang cài GDAL (gói Debian gdal-bin) cho kiểm thử định dạng tệp…"
  export DEBIAN_FRONTEND=noninteractive
  for attempt in 1 2 3 4 5 6; do
    if apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq gdal-bin proj-bin >/dev/null; then exit 0; fi
    sleep 10
  done
fi
echo "Thiếu GDAL/PROJ (ogr2ogr/ogrinfo/projinfo). Cài bằng: sudo apt-get install -y gdal-bin proj-bin" >&2
exit 1
