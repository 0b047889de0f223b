// Every decision in the action table has its texts, in both languages: its name, what it needs
// when refused, its API help, and a label for every field of the forms generated from its schema —
// the desk's for staff actions, the portal's for customer actions. (A new action without them fails
// here; one without an effect fails to compile.)
import { describe, expect, it } from 'vitest';
import { ACTIONS, CASE_ACTIONS } from '../../domain/actions/index.js';
import { translator } from '../../i18n/index.js';
import { actionFields } from '../../web/cases/action-fields.js';

const STAFF = ['agent', 'manager'];
const CUSTOMER = ['contact', 'approver'];

describe.each(['da', 'en'] as const)('texts of every action in %s', (locale) => {
  const t = translator(locale);
  const has = (key: string) => t(key, { defaultValue: '\u0000' }) !== '\u0000';

  it.each(CASE_ACTIONS)('%s', (action) => {
    const rule = ACTIONS[action];
    const missing = [`actions.${action}`, `rules:requires.${action}`, `rules:help.${action}`].filter((k) => !has(k));
    for (const f of actionFields(action)) {
      if (rule.roles.some((r) => STAFF.includes(r))) {
        if (!has(`desk:actionFields.${action}.${f.name}.label`)) missing.push(`desk:actionFields.${action}.${f.name}.label`);
      }
      if (rule.roles.some((r) => CUSTOMER.includes(r))) {
        if (!has(`portal:actionFields.${action}.${f.name}.label`)) missing.push(`portal:actionFields.${action}.${f.name}.label`);
      }
    }
    if (rule.roles.some((r) => STAFF.includes(r)) && !has(`desk:actionHelp.${action}`)) missing.push(`desk:actionHelp.${action}`);
    expect(missing).toEqual([]);
  });
});
