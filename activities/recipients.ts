// Who each audience of a notice is (SQL over `people p` and `notices n`, with :companyId, :contactId,
// :ownerId and :followerIds, a JSON array): the case's contact and its followers (SPEC §9), the company's
// price approvers (and contacts with the right), the desk — the case's owner, or every agent and manager
// while nobody owns it (SPEC §5) —, the owner alone, the desk managers, one named person. Only active people.
export const RECIPIENTS_SQL = `p.active AND (
     (n.audience = 'contact' AND (p.id = :contactId OR (p.company_id = :companyId AND p.id IN (SELECT CAST(f AS integer) FROM jsonb_array_elements_text(CAST(:followerIds AS jsonb)) AS f))))
  OR (n.audience = 'person' AND p.id = CAST(n.params->>'personId' AS integer))
  OR (n.audience = 'price_approvers' AND p.company_id = :companyId AND (p.role = 'approver' OR (p.role = 'contact' AND p.can_approve)))
  OR (n.audience = 'desk' AND CAST(:ownerId AS integer) IS NULL AND p.role IN ('agent', 'manager'))
  OR (n.audience IN ('desk', 'owner') AND p.id = CAST(:ownerId AS integer))
  OR (n.audience = 'desk_managers' AND p.role = 'manager'))`;
