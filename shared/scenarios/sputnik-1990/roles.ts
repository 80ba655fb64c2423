/** All roles, in the order the role picker lists them: chair first, then faction by faction. */
import type { Role } from "../../scenario.js";
import { memorialRoles } from "./roles/memorial.js";
import { trotskyistRoles } from "./roles/trotskyists.js";
import { minerRoles } from "./roles/miners.js";
import { unionRoles } from "./roles/unions.js";
import { durhamRoles } from "./roles/durham.js";
import { otherRoles } from "./roles/others.js";
import { partyRoles } from "./roles/party.js";

export const roles: Role[] = [
  ...memorialRoles,
  ...trotskyistRoles,
  ...minerRoles,
  ...durhamRoles,
  ...unionRoles,
  ...otherRoles,
  ...partyRoles,
];
