import "server-only";
import { sendReminder } from "@/lib/data/reminders";
import { deliverEmail } from "@/lib/mail/outbox";
import { deliverSms } from "@/lib/sms/outbox";
import type { JobHandlers } from "./worker";

/** Every job kind the app runs, and what it does (decision 017). */
export const jobHandlers: JobHandlers = {
  "mail.deliver": {
    transactional: false,
    run: async (job, now) => {
      await deliverEmail(String(job.payload.emailId), now);
    },
  },
  "sms.deliver": {
    transactional: false,
    run: async (job) => {
      await deliverSms(String(job.payload.smsId));
    },
  },
  "reminder.send": {
    transactional: true,
    run: async (tx, job) => {
      await sendReminder(tx, job);
    },
  },
};
