// The offer form's suggested values on the desk's case page, in the reader's notation (kroner, hours).
import type { Locale } from '../../domain/types.js';
import { formatOreAmount } from '../../domain/money.js';
import type { CaseRow } from '../../services/cases/access.js';
import type { Services } from '../../services/context.js';
import { offerSuggestion } from '../../services/orders/offer-defaults.js';

const hoursText = (h: number, locale: Locale) => (locale === 'da' ? String(h).replace('.', ',') : String(h));

export async function offerDefaults(s: Services, c: CaseRow, locale: Locale): Promise<Record<string, string>> {
  const o = await offerSuggestion(s, c);
  const out: Record<string, string> = {};
  if (o.priceOre !== undefined) out.price = formatOreAmount(o.priceOre, locale);
  if (o.hours !== undefined) out.hours = hoursText(o.hours, locale);
  if (o.rateOre !== undefined) out.rate = formatOreAmount(o.rateOre, locale);
  return out;
}
