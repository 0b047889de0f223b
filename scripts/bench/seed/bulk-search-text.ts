// Text for the search benchmark: gives the bulk-loaded cases (bulk-cases.ts) varied titles and
// descriptions and N messages each (customer messages and internal notes), drawn from a Danish and
// English support vocabulary with a skewed (Zipf-like) frequency, so some words are in most cases and
// others in a handful — as in a real desk. Seeding runs with the search triggers off and rebuilds the
// search documents once at the end (far faster than row-by-row maintenance).
import type { Sequelize } from 'sequelize';

const BASE = `faktura fakturaer kreditnota ordre ordrer kunde kunder leverandør lager varer pris priser rabat moms
  bogføring konto kontoplan afstemning bank betaling betalinger rykker løn lønkørsel medarbejder ferie sygdom
  rapport rapporter udskrift eksport import fil filer skærmbillede fejl fejlbesked advarsel login adgangskode
  bruger brugere rettigheder rolle menu knap felt felter skabelon skabeloner email mail printer dokument
  arkiv søgning filter sortering liste oversigt dashboard integration opsætning indstilling indstillinger
  opdatering version modul moduler workflow arbejdsgang godkendelse godkender tilbud projekt timer tid
  kalender møde undervisning kursus vejledning manual hjælp spørgsmål svar problem langsom hurtig stopper
  virker mangler forkert rigtig gammel ny ændring ønske idé forslag beløb valuta euro kroner dato periode
  måned år kvartal budget regnskab årsregnskab revision invoice invoices credit note order orders customer
  supplier stock price discount tax ledger account reconciliation payment reminder payroll employee holiday
  report export import file screenshot error warning password user permission role button field template
  printer document archive search filter sorting list overview integration settings update version module
  workflow approval quote project hours calendar meeting training course guide manual question answer
  problem slow fast stopped missing wrong old new change request idea suggestion amount currency date
  period month year quarter budget audit`;

/** The benchmark's words, most frequent first: the base vocabulary, then made-up product terms to 5 000. */
export function vocabulary(size = 5000): string[] {
  const words = [...new Set(BASE.split(/\s+/).filter(Boolean))];
  for (let i = 0; words.length < size; i++) words.push(`modul${i.toString(36)}`);
  return words;
}

const SENTENCES = 20_000;

/** Runs `load` with the search triggers off, then builds every case's search documents in one pass. */
export async function withSearchRebuilt(sql: Sequelize, load: () => Promise<void>): Promise<void> {
  const tables = ['cases', 'case_events', 'case_messages', 'attachments'];
  await sql.query(tables.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER USER;`).join('\n'));
  try {
    await load();
  } finally {
    await sql.query(tables.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER USER;`).join('\n'));
  }
  await sql.query('SELECT case_search_rebuild(NULL)');
}

/**
 * Varied titles and descriptions for the imported cases, and `messagesPerCase` messages each: of every
 * five, three customer replies (timeline events), one desk message and one internal note. Texts are
 * put together from 20 000 generated sentences of 8 words, picked by a hash of the case and the text.
 */
export async function bulkLoadText(sql: Sequelize, messagesPerCase: number): Promise<void> {
  const words = vocabulary();
  await sql.query(`
    DROP TABLE IF EXISTS bench_words, bench_sentences;
    CREATE TABLE bench_words (i integer PRIMARY KEY, w text NOT NULL);
    CREATE TABLE bench_sentences (s integer PRIMARY KEY, body text NOT NULL);`);
  await sql.query('INSERT INTO bench_words (i, w) SELECT i, w FROM unnest(ARRAY[:words]::text[]) WITH ORDINALITY AS t(w, i)', { replacements: { words } });
  await sql.query(
    `INSERT INTO bench_sentences (s, body)
     SELECT s, string_agg(b.w, ' ' ORDER BY k)
       FROM generate_series(0, ${SENTENCES - 1}) s CROSS JOIN generate_series(1, 8) k
       JOIN bench_words b ON b.i = 1 + floor(:n * power(((hashint8(s * 101 + k) & 2147483647) % 1000003) / 1000003.0, 2.2))::int
      GROUP BY s`,
    { replacements: { n: words.length } },
  );
  await sql.query(`
    CREATE OR REPLACE FUNCTION bench_text(seed bigint, sentences integer) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT string_agg(b.body, '. ' ORDER BY k) FROM generate_series(1, sentences) k
        JOIN bench_sentences b ON b.s = (hashint8(seed * 7 + k) & 2147483647) % ${SENTENCES}
    $$;`);
  await sql.query(`UPDATE cases SET title = initcap(bench_text(number, 1)), description = bench_text(number * 3 + 1, 4) WHERE workflow_id LIKE 'imported-%'`);
  await sql.query(
    `INSERT INTO case_events (workflow_id, seq, case_number, kind, actor_id, actor_name, actor_role, text, visibility, data, occurred_at)
     SELECT c.workflow_id, 10 + k, c.number, 'reply', c.contact_id, 'Kontakt', 'contact', bench_text(c.number * 11 + k, 3), 'customer', '{}'::jsonb,
            c.received_at + k * interval '90 minutes'
       FROM cases c CROSS JOIN generate_series(1, :m) k
      WHERE c.workflow_id LIKE 'imported-%' AND k % 5 IN (1, 2, 3)`,
    { replacements: { m: messagesPerCase } },
  );
  await sql.query(
    `INSERT INTO case_messages (case_number, author_id, body, internal, created_at)
     SELECT c.number, staff.id, bench_text(c.number * 11 + k, 3), k % 5 = 0, c.received_at + k * interval '90 minutes'
       FROM cases c CROSS JOIN generate_series(1, :m) k CROSS JOIN (SELECT min(id) AS id FROM people WHERE role = 'agent') staff
      WHERE c.workflow_id LIKE 'imported-%' AND k % 5 IN (4, 0)`,
    { replacements: { m: messagesPerCase } },
  );
  await sql.query('DROP FUNCTION bench_text(bigint, integer); DROP TABLE bench_words, bench_sentences;');
}
