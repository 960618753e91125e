import "server-only";
import { sendMorningQuestion } from "@/lib/data/morning-question";
import { sendReminder } from "@/lib/data/reminders";
import { runRetentionPurge } from "@/lib/data/retention";
import { expireHoldsAndOffer, expireOffersAndMoveOn, offerFreedTime, parseFreed } from "@/lib/data/waitlist-offers";
import { offerOpenedHours, parseOpenedHours } from "@/lib/data/waitlist-opened-hours";
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
  "morning.ask": {
    transactional: true,
    run: async (tx, job, now) => {
      await sendMorningQuestion(tx, job, now);
    },
  },
  "waitlist.offer": {
    transactional: true,
    run: async (tx, job, now) => {
      await offerFreedTime(tx, parseFreed(job.payload), now);
    },
  },
  "waitlist.offer_hours": {
    transactional: true,
    run: async (tx, job, now) => {
      await offerOpenedHours(tx, parseOpenedHours(job.payload), now);
    },
  },
  "waitlist.offer_expire": {
    transactional: true,
    run: async (tx, job, now) => {
      await expireOffersAndMoveOn(tx, parseFreed(job.payload), now);
    },
  },
  "retention.purge": {
    transactional: false,
    run: async (_job, now) => {
      await runRetentionPurge(now);
    },
  },
  "hold.expire": {
    transactional: true,
    run: async (tx, _job, now) => {
      await expireHoldsAndOffer(tx, now);
    },
  },
};
