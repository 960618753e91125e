import type { DefaultSession } from "next-auth";
import type { UserRole } from "@/db/schema";

// The claims Keten's JWT session carries (see auth.config.ts). They are claims only: lib/auth/actor.ts
// checks them against the database on every call.
declare module "next-auth" {
  interface Session {
    user: { id: string; role: UserRole; sessionVersion: number; sessionId: string } & DefaultSession["user"];
  }
  interface User {
    role?: UserRole;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    sessionVersion?: number;
    sessionId?: string;
  }
}
