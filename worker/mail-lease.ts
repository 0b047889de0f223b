// The outbox lease a dispatcher holds on the mails it claimed (worker/mail-dispatcher.ts): the claim sets
// claimed_until = the server's now() + MAIL_LEASE_SECONDS, and no other dispatcher takes a mail before then.

/**
 * Whether a claimed mail is still surely this dispatcher's without asking PostgreSQL: its lease runs
 * until the claim statement's now() + the lease, and that now() came after `claimedAt` (the dispatcher's
 * clock read before it sent the claim). Within the first third of the lease the answer is yes; later
 * the lease is renewed (and ownership checked) before the mail is sent — e.g. after an earlier mail of
 * the batch was slow to send, when another dispatcher may have taken the lapsed ones.
 */
export function claimStillFresh(claimedAt: number, now: number, leaseSeconds: number): boolean {
  return now - claimedAt < (leaseSeconds * 1000) / 3;
}
