// Runs the server as `npm start` would (tsx src/main.ts) in a child process,
// so the load generator and the server do not share one event loop.

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const SERVER_DIRECTORY = fileURLToPath(new URL("..", import.meta.url));

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startServerProcess(environment: Record<string, string>, port: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIRECTORY,
    env: { ...process.env, ...environment, OAPIF_PORT: String(port), OAPIF_HOST: "127.0.0.1", OAPIF_LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Máy chủ dừng với mã ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/conformance`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
