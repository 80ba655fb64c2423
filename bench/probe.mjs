// Preloaded into bench child servers (`node --import ./bench/probe.mjs`): answers requests over
// the IPC channel the bench opened. It does not touch the server's code; without an IPC channel
// it does nothing.
//   memory       process.memoryUsage() after a full GC (when --expose-gc is on)
//   loopStart    start timing the event loop's delay; loopRead answers it and stops
//   profileStart start V8's CPU profiler (node:inspector); profileStop writes the .cpuprofile to `path`
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { monitorEventLoopDelay } from "node:perf_hooks";

if (typeof process.send === "function") {
  let loop = null;
  let session = null;
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  process.on("message", async (m) => {
    if (!m || typeof m !== "object") return;
    try {
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
      } else if (m.type === "profileStart") {
        session ??= new Session();
        session.connect();
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 200 });
        await post("Profiler.start");
        process.send({ id: m.id, ok: true });
      } else if (m.type === "profileStop") {
        const { profile } = await post("Profiler.stop");
        session.disconnect();
        session = null;
        writeFileSync(m.path, JSON.stringify(profile));
        process.send({ id: m.id, ok: true });
      }
    } catch (err) {
      process.send({ id: m.id, error: String(err) });
    }
  });
  process.channel?.unref();
}
