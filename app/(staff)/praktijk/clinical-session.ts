import "server-only";

/**
 * The clinical pages (assessments, plans, exercise library) use the workspace's session helper: login and
 * second-factor redirects, patients to the portal. The access checks themselves stay in lib/data.
 */
export { workspaceSession as clinicalSession } from "./workspace-session";
