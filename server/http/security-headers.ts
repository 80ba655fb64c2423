/**
 * Hardening headers on every answer (helmet): a Content-Security-Policy that runs only the app's
 * own scripts, no framing by other sites (the chair's desk cannot be clickjacked), no MIME
 * sniffing, and no Referer (an invitation link carries the seminar's code).
 */
import helmet from "helmet";

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Pixi sets inline styles on its canvas and the accessibility layer.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        // The Colyseus WebSocket on this same host and port.
        connectSrc: ["'self'", "ws:", "wss:"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    frameguard: { action: "sameorigin" },
    referrerPolicy: { policy: "no-referrer" },
    // Served over plain HTTP on a classroom network as often as behind TLS: no HSTS promise.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
