#!/usr/bin/env python3
"""Prints the ranges of commune codes of the 63 former provinces (before 1 July 2025)
as the TypeScript table of src/geo/coordinates/former-province-of-commune.ts.

Input: the pre-2025 dataset of thanglequoc/vietnamese-provinces-database (MIT), file
postgresql/ImportData_vn_units.sql at commit ea50c903 (wards → districts → provinces).
A 2025 commune keeps the code of one of the communes it was merged from, and codes were
numbered province by province, so the code alone tells which former province (and so
which VN-2000 meridian) the commune's older survey data used.

  git -C <mirror> show ea50c903:postgresql/ImportData_vn_units.sql > old.sql
  python3 scripts/admin-data/former-province-ranges.py old.sql
"""
import re
import sys

sql = open(sys.argv[1], encoding="utf-8").read()
provinces = {m.group(1): m.group(2) for m in re.finditer(
    r"\('(\d\d)','([^']+)'", sql[sql.find("INSERT INTO provinces"):sql.find("INSERT INTO districts")])}
districts = {}
for block in re.findall(r"INSERT INTO districts\(.*?\) VALUES(.*?);\n", sql, re.S):
    for m in re.finditer(r"\('(\d{3})',.*?,'(\d\d)',\d+\)", block):
        districts[m.group(1)] = m.group(2)
wards = {}
for block in re.findall(r"INSERT INTO wards\(.*?\) VALUES(.*?);\n", sql, re.S):
    for m in re.finditer(r"\('(\d{5})',.*?,'(\d{3})',\d+\)", block):
        wards[m.group(1)] = districts[m.group(2)]
ranges = []
for code in sorted(wards):
    if not ranges or ranges[-1][1] != wards[code]:
        ranges.append((code, wards[code]))
print(f"// {len(wards)} communes of {len(provinces)} former provinces in {len(ranges)} runs of consecutive codes")
for start, province in ranges:
    name = provinces[province].replace("Hoà Bình", "Hòa Bình").replace("Khánh Hòa", "Khánh Hòa").replace("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu")
    if name == "Huế":
        name = "Thừa Thiên Huế"  # a centrally-run city since January 2025; the circular says Thừa Thiên Huế
    print(f'  ["{start}", "{name}"],')
