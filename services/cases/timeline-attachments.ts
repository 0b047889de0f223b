// Files shown where on the timeline they were added (issue 11 item 5): with the desk message or note
// they were sent with, with the reply (or other event) they came with, and files of the request
// itself (stored with it, before the receipt is recorded) with its receipt. A later file without a
// recorded place (stored by an older version or another channel) goes with the nearest-in-time
// entry of the person who uploaded it, else with the receipt.

export interface PlacedFile {
  id: number;
  messageId: number | null;
  eventSeq: number | null;
  uploadedById: number | null;
  createdAt: Date;
}

/** Files stored up to this long after the receipt was recorded came with the request. */
const WITH_REQUEST_MS = 60_000;

export interface PlaceableEntry {
  at: Date;
  kind: string;
  source: 'event' | 'message';
  /** The event's sequence number, or the message's id. */
  ref: number;
  actorId: number | null;
}

/**
 * For each timeline entry (by index), the files added with it, in upload order. `whole` is false for a
 * page of the timeline: a file whose entry is on another page is left out.
 */
export function placeFiles<F extends PlacedFile>(timeline: readonly PlaceableEntry[], files: readonly F[], whole = true): F[][] {
  const placed: F[][] = timeline.map(() => []);
  const byEvent = new Map<number, number>();
  const byMessage = new Map<number, number>();
  timeline.forEach((e, i) => (e.source === 'event' ? byEvent : byMessage).set(e.ref, i));
  const receipt = timeline.findIndex((e) => e.kind === 'received');
  const receivedAt = receipt >= 0 ? timeline[receipt].at.getTime() : -Infinity;
  for (const f of files) {
    let at = f.messageId !== null ? byMessage.get(f.messageId) : f.eventSeq !== null ? byEvent.get(f.eventSeq) : undefined;
    const later = f.createdAt.getTime() > receivedAt + WITH_REQUEST_MS;
    if (at === undefined && f.messageId === null && f.eventSeq === null && f.uploadedById !== null && later) at = nearestBy(timeline, f);
    if (at === undefined && (whole || f.messageId === null) && (whole || f.eventSeq === null)) at = receipt >= 0 ? receipt : whole ? 0 : undefined;
    if (at !== undefined) placed[at]?.push(f);
  }
  return placed;
}

/** The uploader's own entry closest in time to the upload, if they have one other than the receipt. */
function nearestBy(timeline: readonly PlaceableEntry[], f: PlacedFile): number | undefined {
  let best: number | undefined;
  let distance = Infinity;
  timeline.forEach((e, i) => {
    if (e.actorId !== f.uploadedById) return;
    const d = Math.abs(e.at.getTime() - f.createdAt.getTime());
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}
