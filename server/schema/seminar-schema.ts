/**
 * The Colyseus schema state: a rendering view of the engine state for clients that prefer
 * patches to folding events. It is written only by `projectOntoSchema`, never by hand.
 * Decorators need experimentalDecorators + useDefineForClassFields=false (tsconfig).
 */
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

export class ParticipantSchema extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  /** "" when the participant holds no role (schema strings cannot be null). */
  @type("string") roleId = "";
  @type("boolean") connected = true;
  @type("boolean") handRaised = false;
  /** What the raised hand is for ("point", "reply", "question", "order"); "" when it is down. */
  @type("string") handIntent = "";
  @type("boolean") facilitator = false;
}

export class RoleSchema extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  @type("string") factionId = "";
  @type("boolean") chair = false;
  /** The holder's participant id, "" when free. */
  @type("string") holder = "";
}

export class SeminarSchema extends Schema {
  @type("string") sessionId = "";
  @type("string") scenarioId = "";
  @type({ map: ParticipantSchema }) participants = new MapSchema<ParticipantSchema>();
  @type({ map: RoleSchema }) roles = new MapSchema<RoleSchema>();
  @type(["string"]) queue = new ArraySchema<string>();
  /** The floor holder's participant id, "" when nobody speaks. */
  @type("string") floorHolder = "";
  /** Epoch ms when the current turn ends; 0 when nobody speaks. */
  @type("number") floorEndsAt = 0;
  @type("string") openPromptId = "";
  @type("number") speechLimitSeconds = 0;
  // No `seq`: it would change with every event and so send a patch to every client after every
  // event, even a speech or a reaction that changes nothing shown here (docs/performance.md).
}
