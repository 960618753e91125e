"use client";

import { useEffect } from "react";
import { forgetIntakeDraft } from "./intake-draft";

/** On the page after booking: the answers kept for going back are no longer needed in this tab. */
export function ForgetIntakeDraft() {
  useEffect(() => forgetIntakeDraft(), []);
  return null;
}
