// "The e-mail address is already in use" — by whom: the desk manager adding a person or a colleague
// sees who holds the address (the name, and the company for a customer's person), so the next step is
// clear (reactivate them, or correct the address).
import type { Services } from '../context.js';
import { withDetail } from '../../domain/validation.js';

/** The `email_taken` message naming the person who holds the address, or null when it is free. */
export async function emailTaken(s: Services, email: string): Promise<string | null> {
  const holder = await s.db.models.Person.findOne({ where: { email } });
  if (!holder) return null;
  const company = holder.companyId ? await s.db.models.Company.findByPk(holder.companyId) : null;
  return withDetail('email_taken', { by: company ? `${holder.fullName} (${company.name})` : holder.fullName });
}
