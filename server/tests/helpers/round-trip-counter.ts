// A loopback TCP proxy in front of PostgreSQL that counts round trips: each
// time a connection's client sends after it has heard from the server (or
// sends first) is one. Pipelined statements leave in one burst and count once.

import net from "node:net";

export interface RoundTripCounter {
  /** postgres:// URL through the proxy for `url`'s user and database. */
  url: string;
  roundTrips(): number;
  close(): Promise<void>;
}

export async function startRoundTripCounter(url: string): Promise<RoundTripCounter> {
  const target = new URL(url);
  let roundTrips = 0;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    let clientSpokeLast = false;
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.on("data", (chunk) => {
      if (!clientSpokeLast) roundTrips += 1;
      clientSpokeLast = true;
      server.write(chunk);
    });
    server.on("data", (chunk) => {
      clientSpokeLast = false;
      client.write(chunk);
    });
    client.on("close", () => server.destroy());
    server.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(url);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((proxy.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    roundTrips: () => roundTrips,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
