/**
 * Copies the engine state onto the schema, touching only what changed so patches stay small. An
 * event that changes nothing the schema shows (a speech, a post, a reaction) changes no field and
 * so sends no patch at all.
 */
import { ArraySchema } from "@colyseus/schema";
import type { SeminarState } from "../../shared/engine/state.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { ParticipantSchema, RoleSchema, SeminarSchema } from "./seminar-schema.js";
import { own } from "../../shared/null-record.js";

export function createSchema(sessionId: string, scenario: PublicScenario): SeminarSchema {
  const schema = new SeminarSchema();
  schema.sessionId = sessionId;
  schema.scenarioId = scenario.id;
  for (const r of scenario.roles) {
    const role = new RoleSchema();
    role.id = r.id;
    role.name = r.name;
    role.factionId = r.factionId;
    role.chair = r.chair;
    schema.roles.set(r.id, role);
  }
  return schema;
}

export function projectOntoSchema(schema: SeminarSchema, s: Readonly<SeminarState>): void {
  schema.speechLimitSeconds = s.speechLimitSeconds;
  schema.openPromptId = s.openPromptId ?? "";
  schema.floorHolder = s.floor?.holder ?? "";
  schema.floorEndsAt = s.floor?.endsAt ?? 0;

  const queued = new Set(s.queue);
  for (const p of Object.values(s.participants)) {
    if (!p.present) {
      schema.participants.delete(p.id);
      continue;
    }
    let view = schema.participants.get(p.id);
    if (!view) {
      view = new ParticipantSchema();
      view.id = p.id;
      schema.participants.set(p.id, view);
    }
    view.name = p.name;
    view.roleId = p.roleId ?? "";
    view.connected = p.connected;
    view.handRaised = queued.has(p.id);
    view.handIntent = p.hand ?? "";
    view.facilitator = p.facilitator;
  }

  schema.roles.forEach((role, roleId) => {
    role.holder = own(s.roleHolders, roleId) ?? "";
  });

  // Replaced whole rather than spliced: ArraySchema moves and shifts have open bugs in schema 3.
  if (schema.queue.length !== s.queue.length || s.queue.some((id, i) => schema.queue[i] !== id)) {
    schema.queue = new ArraySchema<string>(...s.queue);
  }
}
