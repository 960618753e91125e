import "server-only";
import { deliverEmail } from "@/lib/mail/outbox";
import type { JobHandlers } from "./worker";

/** Every job kind the app runs, and what it does (decision 017). */
export const jobHandlers: JobHandlers = {
  "mail.deliver": {
    transactional: false,
    run: async (job, now) => {
      await deliverEmail(String(job.payload.emailId), now);
    },
  },
};
