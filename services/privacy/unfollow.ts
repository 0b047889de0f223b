// An erased person stops following cases (issue 20's followers, SPEC §9): each open case they follow is
// told by a decision (`remove-follower`, taken by the desk manager who erases), so the case's own state
// forgets them and sends them nothing more; the views of the ended cases lose them in the erasure's
// transaction (their processes are gone: nothing writes those views again).
import type { Transaction } from 'sequelize';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { actOnCase } from '../cases/actions.js';
import { Refusal } from '../errors.js';

/** Before the erasure: the open cases `p` follows take them off (a case that ended or dropped them meanwhile is left to the views). */
export async function stopFollowing(s: Services, by: Person, p: Person, cases: readonly { number: number; open: boolean }[]): Promise<void> {
  for (const c of cases.filter((x) => x.open)) {
    await actOnCase(s, by, c.number, 'remove-follower', { email: p.email.toLowerCase() }).catch((err: unknown) => {
      if (err instanceof Refusal && (err.kind === 'conflict' || err.kind === 'invalid')) return;
      throw err;
    });
  }
}

/** In the erasure's transaction: person `id` leaves every case view's followers. */
export async function dropFromFollowers(s: Services, id: number, t: Transaction): Promise<void> {
  await s.db.sequelize.query(
    `UPDATE cases SET view = jsonb_set(view, '{followers}',
            COALESCE((SELECT jsonb_agg(f) FROM jsonb_array_elements(view -> 'followers') f WHERE f ->> 'id' <> CAST(:id AS text)), '[]'::jsonb))
      WHERE view -> 'followers' @> jsonb_build_array(jsonb_build_object('id', CAST(:id AS int)))`,
    { replacements: { id }, transaction: t },
  );
}
