import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

// The installable offline app shell: Workbox (generateSW, bundled from the
// local workbox-* packages — no CDN) precaches the whole build, including the
// basemap GeoJSON, the sample data, the label fonts and MapLibre's worker, so
// after one visit the app opens with the network off. Map tiles are not the
// service worker's business: they go to IndexedDB through the tile protocol,
// and the official boundary files are kept in IndexedDB by the app itself.
// The app registers the worker itself once the map has loaded
// (src/app/offline/use-offline-service-worker.ts), hence injectRegister: false.
const offlineAppShell = VitePWA({
  strategies: "generateSW",
  injectRegister: false,
  registerType: "autoUpdate",
  manifest: {
    name: "Bản đồ số quốc phòng – an ninh cấp xã",
    short_name: "Bản đồ QP-AN xã",
    description: "Bản đồ số quốc phòng, an ninh cấp xã — chạy ngoại tuyến",
    lang: "vi",
    id: "./",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4ed8",
    // PNGs rendered from favicon.svg by scripts/render-app-icons.mjs: Android's install
    // prompt wants a 192 and a 512 PNG, launchers a maskable one, iOS the apple-touch-icon.
    icons: [
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  },
  workbox: {
    globPatterns: ["**/*.{js,mjs,css,html,svg,png,woff2,geojson,json,webmanifest}"],
    // The 34 province boundary files (≈ 15 MB) are not precached: the app keeps the chosen
    // province's file in IndexedDB (src/app/setup/admin-data-source.ts) and fetches no other.
    globIgnores: ["admin-2025/**"],
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    sourcemap: false,
    // GDAL's WebAssembly (~28 MB) and data (~12 MB), used only to read or write
    // Shapefile/GeoPackage/MapInfo/DXF/DGN: not precached with the shell (every
    // install would download 40 MB), but fetched on first use and then served
    // from this cache, offline included.
    runtimeCaching: [
      {
        urlPattern: /\/assets\/gdal3WebAssembly-[\w-]+\.(wasm|data)$/,
        handler: "CacheFirst",
        options: { cacheName: "gdal-webassembly", expiration: { maxEntries: 4 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), offlineAppShell],
  // maplibre-gl 6 ships ESM with its own worker; pre-bundling breaks the worker URL
  // ("Worker failed to load"), see ../shared/docs/ENGINEERING.md §2.
  optimizeDeps: { exclude: ["maplibre-gl"] },
  // The manifest lets scripts/measure-bundle.mjs find what loads before the map is usable.
  build: { chunkSizeWarningLimit: 2000, sourcemap: false, manifest: true },
  // Workers are created with { type: "module" }; ES output lets the import
  // worker load gdal3.js as its own chunk only when a GIS file arrives.
  worker: { format: "es" },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
