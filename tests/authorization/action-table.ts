import { portalActions } from "./table/portal";
import { publicAndAuthActions } from "./table/public-auth";
import type { ActionSpec } from "./table/shared";
import { staffClinicalActions } from "./table/staff-clinical";
import { staffSettingsActions } from "./table/staff-settings";

export type { ActionSpec, AnyAction, Cell, Expectation } from "./table/shared";
export { form } from "./table/shared";

/**
 * Every server action of the app, with who may call it. The key is the file under app/ and the exported
 * name; tests/authorization/discover.ts finds the actions in the code, and an action that is not listed
 * here fails the matrix. Each entry says, per role, whether the call is allowed, and builds the call:
 * its form aimed at patient A's records, Sanne's hours, a fresh staff account … (fresh rows where an
 * allowed call uses its target up).
 *
 * The entries live per area in ./table/: add a new action to the file of its area (the role sets, `form`,
 * `call2` and the intake payload are in ./table/shared.ts).
 */
export const actionTable: Record<string, ActionSpec> = {
  ...publicAndAuthActions,
  ...portalActions,
  ...staffClinicalActions,
  ...staffSettingsActions,
};
