/** The HTTP API's error answer: JSON with a code the client can show, the same shape on every route. */
import type { Response } from "express";

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
