// Who each audience of a notice is (SQL over `people p` and `notices n`, with :companyId and
// :contactId): the case's contact, the company's price approvers (and contacts with the right), the
// desk (agents and managers), the desk managers. Only active people.
export const RECIPIENTS_SQL = `p.active AND (
     (n.audience = 'contact' AND p.id = :contactId)
  OR (n.audience = 'price_approvers' AND p.company_id = :companyId AND (p.role = 'approver' OR (p.role = 'contact' AND p.can_approve)))
  OR (n.audience = 'desk' AND p.role IN ('agent', 'manager'))
  OR (n.audience = 'desk_managers' AND p.role = 'manager'))`;
