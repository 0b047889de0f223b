// A customer's reply with files (SPEC §6: the contact answers on the case page, screenshots
// included). The reply is the workflow's `reply` decision; its files are checked first (nothing is
// sent when a file is refused) and stored after, linked to the reply's timeline entry.
import { parseActionInput } from '../../domain/actions/index.js';
import type { Person } from '../../db/models/person.js';
import type { CaseView } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { actOnCase, type DecisionOptions } from './actions.js';
import { checkFiles, storeFiles, type IncomingFile } from './attachments.js';
import { findVisibleCase } from './access.js';
import { forbidden, invalid } from '../errors.js';

export async function replyWithFiles(
  s: Services,
  person: Person,
  number: number,
  input: unknown,
  incoming: IncomingFile[],
  opts: DecisionOptions = {},
): Promise<CaseView> {
  let files = incoming;
  if (files.length > 0) {
    await findVisibleCase(s, person, number);
    if (person.role === 'approver') throw forbidden();
    const parsed = parseActionInput('reply', input);
    const checked = await checkFiles(files);
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...checked.errors };
    if (Object.keys(errors).length) throw invalid(errors);
    files = checked.accepted;
  }
  const { view } = await actOnCase(s, person, number, 'reply', input, opts);
  // The Update answers with the case as it stands after the reply: its version is the reply's sequence number.
  if (files.length > 0) await storeFiles(s, number, person, files, false, undefined, { eventSeq: view.version });
  return view;
}
