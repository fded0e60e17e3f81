import { describe, expect, it } from "vitest";
import { recogniseCrs } from "../../src/io/formats/crs/recognise-crs";
import { recogniseMapInfoCoordSys } from "../../src/io/formats/crs/mapinfo-coordsys";
import { guessCrs } from "../../src/io/formats/crs/guess-crs";
import { tm3Zone, utmZone } from "../../src/geo/coordinates/vn2000-zone";

const ESRI_TM3 =
  'PROJCS["VN_2000_Nghe_An_3deg",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",104.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe("recognising a file's coordinate system", () => {
  it("reads ESRI .prj text for a VN-2000 TM-3 zone with any meridian", () => {
    expect(recogniseCrs(ESRI_TM3)).toEqual({ status: "recognised", crs: tm3Zone(104.75) });
  });

  it("knows VN-2000 by its TOWGS84 shift when the datum has no name, and WGS 84 by name or code", () => {
    const unnamed = ESRI_TM3.replace('DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]]', 'DATUM["unknown",SPHEROID["WGS84",6378137,298.257223563],TOWGS84[-191.90441,-39.30318,-111.45033,0.00928836,-0.01975479,0.00427372,0.252906278]]');
    expect(recogniseCrs(unnamed)).toEqual({ status: "recognised", crs: tm3Zone(104.75) });
    expect(recogniseCrs('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')).toEqual({ status: "recognised", crs: { kind: "wgs84" } });
    expect(recogniseCrs('PROJCRS["VN-2000 / UTM zone 49N",BASEGEOGCRS["VN-2000",DATUM["Vietnam 2000",ELLIPSOID["WGS 84",6378137,298.257223563]]],CONVERSION["UTM zone 49N",METHOD["Transverse Mercator"]],ID["EPSG",3406]]')).toEqual({ status: "recognised", crs: utmZone(49) });
  });

  it("says which CRS it cannot convert, and that a file has none", () => {
    expect(recogniseCrs('PROJCS["Hanoi 1972 / GK 106 NE",GEOGCS["Hanoi 1972",DATUM["Hanoi_1972",SPHEROID["Krassowsky 1940",6378245,298.3]]],PROJECTION["Transverse_Mercator"]]')).toEqual({ status: "unsupported", name: "Hanoi 1972 / GK 106 NE" });
    expect(recogniseCrs(ESRI_TM3.replace('UNIT["Meter",1.0]]', 'UNIT["Foot_US",0.3048006096012192]]'))).toMatchObject({ status: "unsupported" });
    expect(recogniseCrs("")).toEqual({ status: "missing" });
  });

  it("reads a MapInfo CoordSys line with VN-2000's shift", () => {
    const header = 'CoordSys Earth Projection 8, 9999, 28, -191.90441429, -39.30318279, -111.45032835, 0.00928836, -0.01975479, 0.00427372, -0.252906278, 0, "m", 105.75, 0, 0.9999, 500000, 0';
    expect(recogniseMapInfoCoordSys(header)).toEqual({ status: "recognised", crs: tm3Zone(105.75) });
    expect(recogniseMapInfoCoordSys("CoordSys Earth Projection 1, 104")).toEqual({ status: "recognised", crs: { kind: "wgs84" } });
  });

  it("guesses from the numbers when a file has no CRS", () => {
    expect(guessCrs([105.3, 18.2, 105.6, 18.4], 105.5)).toEqual({ kind: "wgs84" });
    expect(guessCrs([480_000, 2_010_000, 495_000, 2_035_000], 104.75)).toEqual(tm3Zone(104.75));
    expect(guessCrs([0, 0, 1000, 800], 105.5)).toBeNull();
  });
});
