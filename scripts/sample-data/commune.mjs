// Where the sample's synthetic layers are anchored. The commune outline itself
// is the real official boundary (real-commune.mjs); until the 2025 data was
// shipped it was a synthetic outline built here.

/** Approximate bbox of Vũ Quang (DOMAIN.md §4); the synthetic roads are laid out in it. */
export const COMMUNE_BBOX = [105.256, 18.153, 105.619, 18.449];

/** The synthetic commune centre (UBND, Ban CHQS, Công an xã cluster nearby); inside the real outline. */
export function communeHub() {
  const [x0, y0, x1, y1] = COMMUNE_BBOX;
  return [x0 + 0.6 * (x1 - x0), y0 + 0.55 * (y1 - y0)];
}
