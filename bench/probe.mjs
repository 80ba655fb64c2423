// Preloaded into bench child servers (`node --import ./bench/probe.mjs`): answers readings over
// the IPC channel the bench opened (memory after a full GC when --expose-gc is on; the event
// loop's delay between two requests). It does not touch the server's code; without an IPC
// channel it does nothing.
import { monitorEventLoopDelay } from "node:perf_hooks";

if (typeof process.send === "function") {
  let loop = null;
  process.on("message", (m) => {
    if (!m || typeof m !== "object") return;
    if (m.type === "memory") {
      if (typeof globalThis.gc === "function") globalThis.gc();
      process.send({ id: m.id, memory: process.memoryUsage() });
    } else if (m.type === "loopStart") {
      loop?.disable();
      loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      process.send({ id: m.id, ok: true });
    } else if (m.type === "loopRead") {
      const ms = (ns) => ns / 1e6;
      const reading = loop
        ? { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max), mean: ms(loop.mean) }
        : null;
      loop?.disable();
      loop = null;
      process.send({ id: m.id, loop: reading });
    }
  });
  process.channel?.unref();
}
