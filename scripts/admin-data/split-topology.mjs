// Cuts one province out of the national topology: its communes and their
// land-border lines with only the arcs they use, renumbered. The transform
// (national quantisation grid) is kept, so arcs along a province edge decode to
// the same positions in both neighbouring files.

const arcIndex = (index) => (index < 0 ? ~index : index);

function remapArcs(arcs, map) {
  if (typeof arcs === "number") {
    const mapped = map.get(arcIndex(arcs));
    return arcs < 0 ? ~mapped : mapped;
  }
  return arcs.map((nested) => remapArcs(nested, map));
}

function collectArcs(arcs, used) {
  if (typeof arcs === "number") used.add(arcIndex(arcs));
  else for (const nested of arcs) collectArcs(nested, used);
}

export function provinceTopology(national, provinceCode, provinceBbox) {
  const pick = (object, keep) => object.geometries.filter((geometry) => keep(geometry.properties));
  const communes = pick(national.objects.communes, (properties) => properties.provinceCode === provinceCode);
  const codes = new Set(communes.map((geometry) => geometry.properties.code));
  const lines = pick(national.objects.landBorder, (properties) => codes.has(properties.code));
  const used = new Set();
  for (const geometry of [...communes, ...lines]) collectArcs(geometry.arcs, used);
  const order = [...used].sort((a, b) => a - b);
  const map = new Map(order.map((old, index) => [old, index]));
  const communeGeometry = (geometry) => ({
    type: geometry.type,
    id: geometry.properties.code,
    properties: { code: geometry.properties.code, name: geometry.properties.name },
    arcs: remapArcs(geometry.arcs, map),
  });
  const lineGeometry = (geometry) => ({
    type: geometry.type,
    properties: { code: geometry.properties.code, country: geometry.properties.country },
    arcs: remapArcs(geometry.arcs, map),
  });
  return {
    type: "Topology",
    bbox: provinceBbox,
    transform: national.transform,
    objects: {
      communes: { type: "GeometryCollection", geometries: communes.map(communeGeometry) },
      landBorder: { type: "GeometryCollection", geometries: lines.map(lineGeometry) },
    },
    arcs: order.map((old) => national.arcs[old]),
  };
}
