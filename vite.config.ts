import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // maplibre-gl 6 ships ESM with its own worker; pre-bundling breaks the worker URL
  // ("Worker failed to load"), see ../shared/docs/ENGINEERING.md §2.
  optimizeDeps: { exclude: ["maplibre-gl"] },
  build: { chunkSizeWarningLimit: 2000, sourcemap: false },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
