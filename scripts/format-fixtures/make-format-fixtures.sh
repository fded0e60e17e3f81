#!/usr/bin/env bash
# Writes the reference files of the format-import tests with a real GIS tool
# (Debian's GDAL: ogr2ogr; glibc's iconv for TCVN3 bytes), never with the code
# under test. Input: the known WGS 84 features in
# tests/fixtures/formats/known-features.geojson. Output: tests/fixtures/formats/.
#
# Projected coordinates use the project's VN-2000 → WGS 84 parameters in the
# project's rotation convention (src/geo/coordinates/vn2000-projections.ts), so
# a correct import lands within millimetres of the known points. Run again after
# editing the known features: bash scripts/format-fixtures/make-format-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-gis-tools.sh
out=tests/fixtures/formats
known=$out/known-features.geojson
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

towgs84="+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278"
tm3() { echo "+proj=tmerc +lat_0=0 +lon_0=$1 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 $towgs84 +units=m +no_defs"; }
utm48="+proj=utm +zone=48 +ellps=WGS84 $towgs84 +units=m +no_defs"
points="SELECT ten, loai FROM known WHERE OGR_GEOMETRY = 'POINT'"
polygons="SELECT ten, loai FROM known WHERE OGR_GEOMETRY = 'POLYGON'"
rm -rf "$out"/shp-tcvn3 "$out"/*.gpkg "$out"/mapinfo "$out"/*.dxf "$out"/*.dgn "$out"/*.csv "$out"/*.xlsx "$out"/*.zip
export OGR_WKT_PRECISION=15

# 1. Shapefile, VN-2000 TM-3 Hà Tĩnh (105°30′), attributes in TCVN3 (ABC), no .cpg
#    (as old land-office files come), an ArcGIS-style .prj naming the datum.
mkdir -p "$out/shp-tcvn3"
ogr2ogr -f "ESRI Shapefile" "$out/shp-tcvn3/diem-tcvn3.shp" "$known" -dialect OGRSQL -sql "$points" -nln diem-tcvn3 \
  -s_srs EPSG:4326 -t_srs "$(tm3 105.5)" -lco ENCODING=TCVN5712-1
rm -f "$out/shp-tcvn3/diem-tcvn3.cpg"
printf '%s' 'PROJCS["VN_2000_Ha_Tinh_3deg",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]' > "$out/shp-tcvn3/diem-tcvn3.prj"
(cd "$out/shp-tcvn3" && rm -f ../diem-tcvn3.zip && zip -q -X ../diem-tcvn3.zip diem-tcvn3.*)

# 2. GeoPackage, two tables, VN-2000 / UTM 48N (EPSG:3405), UTF-8 text.
ogr2ogr -f GeoJSON "$work/points-utm48.geojson" "$known" -dialect OGRSQL -sql "$points" -nln diem -s_srs EPSG:4326 -t_srs "$utm48" -lco COORDINATE_PRECISION=4
ogr2ogr -f GeoJSON "$work/polygons-utm48.geojson" "$known" -dialect OGRSQL -sql "$polygons" -nln vung -s_srs EPSG:4326 -t_srs "$utm48" -lco COORDINATE_PRECISION=4
ogr2ogr -f GPKG "$out/hai-bang-utm48.gpkg" "$work/points-utm48.geojson" -a_srs EPSG:3405 -nln diem_moc
ogr2ogr -f GPKG -update "$out/hai-bang-utm48.gpkg" "$work/polygons-utm48.geojson" -a_srs EPSG:3405 -nln dat_quoc_phong

# 3. MapInfo TAB (and MIF/MID), VN-2000 TM-3 105°45′, text in Windows-1258.
#    GDAL 3.6 cannot recode to MapInfo's "WindowsVietnamese" charset, so the
#    Windows-1258 bytes come from iconv and pass through GDAL untouched; the
#    header then names the charset, as MapInfo Pro writes it.
ogr2ogr -f CSV "$work/points-tm3-10545.csv" "$known" -dialect OGRSQL -sql "$points" -s_srs EPSG:4326 -t_srs "$(tm3 105.75)" -lco GEOMETRY=AS_WKT
iconv -f UTF-8 -t CP1258 "$work/points-tm3-10545.csv" > "$work/points-tm3-10545-cp1258.csv"
mkdir -p "$out/mapinfo"
ogr2ogr -f "MapInfo File" "$out/mapinfo/diem-tm3-10545.tab" "$work/points-tm3-10545-cp1258.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -nln diem-tm3-10545 -a_srs "$(tm3 105.75)"
ogr2ogr -f "MapInfo File" "$out/mapinfo/diem-tm3-10545.mif" "$work/points-tm3-10545-cp1258.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -nln diem-tm3-10545 -a_srs "$(tm3 105.75)" -dsco FORMAT=MIF
sed -i 's/Neutral/WindowsVietnamese/' "$out/mapinfo/diem-tm3-10545.tab" "$out/mapinfo/diem-tm3-10545.mif"

# 4. DXF and 5. DGN v7: CAD drawings carry no CRS; coordinates in VN-2000 TM-3
#    Hà Tĩnh. Names become TEXT elements (OGR style LABEL); the DGN text is TCVN3
#    bytes, as FAMIS writes cadastral sheets.
ogr2ogr -f CSV "$work/points-tm3.csv" "$known" -dialect OGRSQL -sql "$points" -s_srs EPSG:4326 -t_srs "$(tm3 105.5)" -lco GEOMETRY=AS_WKT
python3 - "$work/points-tm3.csv" "$work/labels-utf8.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["WKT", "OGR_STYLE"])
    for r in rows:
        w.writerow([r["WKT"], 'LABEL(f:"Arial",s:2g,t:"%s")' % r["ten"]])
PY
iconv -f UTF-8 -t TCVN5712-1 "$work/labels-utf8.csv" > "$work/labels-tcvn3.csv"
ogr2ogr -f DXF "$out/nhan-tm3-10530.dxf" "$work/labels-utf8.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
ogr2ogr -f DGN "$out/nhan-tcvn3-tm3-10530.dgn" "$work/labels-tcvn3.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -dsco 3D=NO

# 6. CSV: WGS 84 lon/lat (UTF-8, comma), and VN-2000 X/Y (X = northing, as
#    Vietnamese surveying writes it; semicolons and decimal commas, as Excel
#    writes it in Vietnam); 7. XLSX from the first.
ogr2ogr -f CSV "$work/lonlat.csv" "$known" -dialect OGRSQL -sql "$points" -lco GEOMETRY=AS_XY
python3 - "$work/lonlat.csv" "$work/points-tm3.csv" "$out" <<'PY'
import csv, sys
lonlat = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[3] + "/diem-kinh-vi-do.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Tên", "Loại", "Kinh độ", "Vĩ độ"])
    for r in lonlat:
        w.writerow([r["ten"], r["loai"], r["X"], r["Y"]])
tm3 = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
with open(sys.argv[3] + "/diem-vn2000-xy.csv", "w", encoding="utf-8", newline="") as f:
    f.write("STT;Tên điểm;X (m);Y (m)\r\n")
    for i, r in enumerate(tm3, 1):
        easting, northing = r["WKT"].replace("POINT (", "").rstrip(")").split()
        f.write("%d;%s;%s;%s\r\n" % (i, r["ten"], ("%.3f" % float(northing)).replace(".", ","), ("%.3f" % float(easting)).replace(".", ",")))
PY
ogr2ogr -f XLSX "$out/diem-kinh-vi-do.xlsx" "$out/diem-kinh-vi-do.csv" -nln "Diem" -oo AUTODETECT_TYPE=YES
ls -la "$out" "$out/shp-tcvn3" "$out/mapinfo"
