// Fonts for map labels, shipped with the app (Noto Sans, SIL OFL, from
// @fontsource/noto-sans) and declared through the style's `font-faces`, so
// maplibre-gl draws Vietnamese labels locally — grapheme cluster by cluster,
// marks placed by the browser's text engine — with no glyph server and no
// network request (DOMAIN.md §6). The style therefore has no `glyphs` URL.

import type { FontFacesSpecification } from "maplibre-gl";
import latinRegular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import vietnameseRegular from "@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import vietnameseBold from "@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url";

export const LABEL_FONT = "Noto Sans Regular";
export const LABEL_FONT_BOLD = "Noto Sans Bold";

// Same ranges as @fontsource's CSS for these subsets.
const LATIN_RANGE = ["U+0000-00FF", "U+0131", "U+0152-0153", "U+02BB-02BC", "U+02C6", "U+02DA", "U+02DC", "U+0304", "U+0308", "U+0329", "U+2000-206F", "U+20AC", "U+2122", "U+2191", "U+2193", "U+2212", "U+2215", "U+FEFF", "U+FFFD"];
const VIETNAMESE_RANGE = ["U+0102-0103", "U+0110-0111", "U+0128-0129", "U+0168-0169", "U+01A0-01A1", "U+01AF-01B0", "U+0300-0301", "U+0303-0304", "U+0308-0309", "U+0323", "U+0329", "U+1EA0-1EF9", "U+20AB"];

function absolute(url: string): string {
  return new URL(url, window.location.href).href;
}

export function labelFontFaces(): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      { url: absolute(vietnameseRegular), "unicode-range": VIETNAMESE_RANGE },
      { url: absolute(latinRegular), "unicode-range": LATIN_RANGE },
    ],
    [LABEL_FONT_BOLD]: [
      { url: absolute(vietnameseBold), "unicode-range": VIETNAMESE_RANGE },
      { url: absolute(latinBold), "unicode-range": LATIN_RANGE },
    ],
  };
}
