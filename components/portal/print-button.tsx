"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page prints fine without it, through the browser's menu). */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Afdrukken</Button>;
}
