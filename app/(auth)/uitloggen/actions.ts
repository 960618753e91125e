"use server";

import { auth, signOut } from "@/auth";
import { endCurrentSession } from "@/lib/auth/logout";

/** Ends the session on the server (a copied cookie stops working too), then clears the cookie. */
export async function logoutAction(): Promise<void> {
  await endCurrentSession(await auth());
  await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
}
