// Preloaded into bench child servers (`node --import ./bench/probe.mjs`): answers memory readings
// over the IPC channel the bench opened, after a full GC when --expose-gc is on. It does not touch
// the server's code; without an IPC channel it does nothing.
if (typeof process.send === "function") {
  process.on("message", (m) => {
    if (!m || m.type !== "memory") return;
    if (typeof globalThis.gc === "function") globalThis.gc();
    process.send({ id: m.id, memory: process.memoryUsage() });
  });
  process.channel?.unref();
}
