import { createServer } from "node:net";

/**
 * A port on 127.0.0.1 that was free a moment ago, for a server that must be told its port
 * before it starts (nginx, decap-server, the login helper) and so cannot listen on port 0.
 */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}
