/** Where a session that still needs its second factor goes, keeping the page it asked for. */
export function secondFactorPath(step: "enrol" | "verify", returnTo?: string): string {
  const base = step === "enrol" ? "/inloggen/tweestaps/instellen" : "/inloggen/tweestaps";
  return returnTo ? `${base}?volgende=${encodeURIComponent(returnTo)}` : base;
}
