// Serves the production build (dist/, built by `npm test` before Vitest runs)
// on a free localhost port for the end-to-end tests, and hands its URL to them.

import { existsSync } from "node:fs";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npx vite build` before the end-to-end tests");
  const server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseUrl", url);
  return async () => {
    await server.close();
  };
}
