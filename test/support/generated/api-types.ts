// Generated from the API's OpenAPI document by openapi-typescript (test/support/api-types.ts):
// do not edit — run `npm run -s api-types` after changing the document.
export interface paths {
  '/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your live (unexpired, unrevoked) tokens; a desk manager sees everyone’s with all=true */
    get: operations['listTokens'];
    put?: never;
    /**
     * Exchange e-mail and password for a bearer token
     * @description Rate limited like the login page: 10 wrong passwords or codes per e-mail address (compared trimmed and in lower case) and client, and 50 per client address in 15 minutes, then 429; from the 10th failure on an address, a client that failed on it waits 1, 2, 4 … 60 s between attempts (429 with Retry-After). A person with a second factor sends `code` (or `recoveryCode`) too: without it the answer is 401 `{error, needs: "code"}`. Idempotency-Key is not used here.
     */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a token (your own; a desk manager any); it answers 401 from now on */
    delete: operations['revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/2fa/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start setting up an authenticator app (TOTP, RFC 6238)
     * @description A new secret waits until it is confirmed with a code; starting again replaces a pending one. The body may be empty. No Idempotency-Key: the secret is never kept as an answer to replay.
     */
    post: operations['startTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/2fa/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the authenticator app with a code; it becomes your second factor
     * @description From now on POST /tokens needs `code` (or `recoveryCode`) besides the password. New recovery codes replace any earlier ones. No Idempotency-Key: the recovery codes are shown once and never kept as an answer to replay. A code the app does not show now is refused (422 `wrong_code`).
     */
    post: operations['confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/closed-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The extra closed days desk managers added (holidays and weekends come from the configuration) */
    get: operations['listClosedDays'];
    put?: never;
    /**
     * Desk manager: close the desk on a day (today or later)
     * @description Running cases adopt the changed calendar within seconds and recount their deadlines in working time; each case whose deadline moved says so on its timeline. A day in the past or one the desk is already closed is refused (422).
     *
     *     Rules no schema states (422, field: message key): `date`: `in_the_past`, `already_closed`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['addClosedDay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/closed-days/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Desk manager: open the desk again on a closed day that is not in the past */
    delete: operations['removeClosedDay'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing/{month}.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Desk manager: export a month as CSV — this locks it (per company)
     * @description Semicolon-separated UTF-8 with a byte-order mark, CRLF line ends, amounts in øre and in kroner. Exporting locks the month for the companies exported (any month up to the current one; a later month is 409): fetched again it is byte-identical, and lines that would fall into it later go to the next open month, changes to what it billed as `correction` lines there.
     *
     *     Rules no schema states (422, field: message key): `company`: `unknown_company`.
     */
    get: operations['exportBillingMonth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Desk manager: a month’s billing per company (as exported when locked, as it stands when open)
     * @description Rules no schema states (422, field: message key): `company`: `unknown_company`.
     */
    get: operations['getBillingMonth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing/{month}/lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Desk manager: lock (export) a month, for every company or one (body `{ "company": "<slug>" }`)
     * @description Any month up to the current one (a later month is 409). Companies already locked keep what they exported.
     *
     *     Rules no schema states (422, field: message key): `company`: `unknown_company`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['lockBillingMonth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing/{month}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Desk manager: make the invoices of a locked month — one per company that locked the month and has lines in it
     * @description The month must be locked (exported) for at least one company, else 409. Numbers come from one gapless series, taken in the transaction that writes the invoice; the invoice mail is queued with it. Making them again answers 200 with the same invoices (201 when this call made any). A company with neither a CVR nor an EAN number gets no invoice (no number is taken): it is listed in `withheld` until the number is added.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['makeInvoices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invoices by number: every company’s for desk managers, the own company’s for its approvers */
    get: operations['listInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invoices/{number}.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An invoice as Peppol BIS Billing 3.0 UBL 2.1 Invoice: desk managers, and the company’s price approvers and contacts with the approval right (404 for anyone else) */
    get: operations['getInvoiceXml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invoices/{number}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An invoice as PDF in the company’s language: desk managers, and the company’s price approvers and contacts with the approval right (404 for anyone else) */
    get: operations['getInvoicePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{slug}/billing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Desk manager: a company’s billing details */
    get: operations['getCompanyBilling'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Desk manager: change a company’s billing details (the fields given; null or "" clears one) — audited
     * @description Rules no schema states (422, field: message key): `postcode`: `invalid_postcode`; `country`: `invalid_country`; `cvr`: `invalid_cvr`; `gln`: `invalid_gln`; `invoiceEmail`: `invalid_email`.
     */
    patch: operations['changeCompanyBilling'];
    trace?: never;
  };
  '/companies/{slug}/competence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff: the support contacts of a company with their competence figures over a period
     * @description Both days are included (1900-01-01 to 2999-12-31). Without `from` and `to`, the last twelve months up to today; with one of them, a year from or up to it. `to` may not be before `from`, and the period may be at most three years.
     *
     *     Rules no schema states (422, field: message key): `to`: `period_reversed`, `period_too_long`.
     */
    get: operations['companyCompetence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Desk manager: everything the product holds about a person, as a zip of JSON files and their files */
    get: operations['exportPerson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Desk manager: erase (anonymise) a customer person; their texts leave every case, sign-in becomes impossible
     * @description Refused (409) while the person is the support contact of open cases, unless `moveOpenCasesTo` names another active support contact of their company: the cases move there first. Staff accounts are refused (409): deactivate them instead. Erasing an erased person again answers 200 with `alreadyErased`.
     *
     *     Rules no schema states (422, field: message key): `moveOpenCasesTo`: `invalid_choice`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['erasePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: every article in every state, newest change first */
    get: operations['listArticles'];
    put?: never;
    /**
     * Staff: write a draft article (from a resolved case in one step)
     * @description Rules no schema states (422, field: message key): `sourceCase`: `unknown_case`; `company`: `required`, `unknown_company`; `title`: `required`; `body`: `required`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['createArticle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One article
     * @description A support contact reads published `public` articles and their own company’s; a draft, an internal article or another company’s is 404.
     */
    get: operations['getArticle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/articles/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Desk manager (or, with four-eyes review on, an agent who did not write the current version): publish
     * @description Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['publishArticle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/help/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The three best published articles for what was typed
     * @description Danish and English full-text search (inflected forms find their stem), forgiving one wrong or missing letter. Contacts: public articles and their company’s; staff: also internal ones. A search by a contact that finds nothing is kept as a content gap.
     */
    get: operations['suggestArticles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/help/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Support contact: "did this answer your question?" (a later answer replaces yours)
     * @description Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['articleFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/help/deflections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Support contact: "this solved it" — the article answered what they were about to file
     * @description Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['recordDeflection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/help/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Desk manager: the help centre’s figures over a period (both days included)
     * @description Rules no schema states (422, field: message key): `to`: `period_reversed`, `period_too_long`.
     */
    get: operations['helpStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/canned-responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: your canned responses and the shared ones */
    get: operations['listCannedResponses'];
    put?: never;
    /**
     * Staff: keep a canned response (yours, or shared with the desk)
     * @description Rules no schema states (422, field: message key): `text.da`: `unknown_placeholder`; `text.en`: `unknown_placeholder`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['createCannedResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/canned-responses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: one canned response */
    get: operations['getCannedResponse'];
    put?: never;
    post?: never;
    /** Its owner (a desk manager for a shared one): delete it */
    delete: operations['deleteCannedResponse'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/canned-responses/{id}/render': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: the text for a case, in its contact’s language, every placeholder filled */
    get: operations['renderCannedResponse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/announcements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers: the announcements sent to you (with `read`); staff: all */
    get: operations['listAnnouncements'];
    put?: never;
    /**
     * Desk manager: announce to the support contacts and price approvers of all or chosen companies
     * @description Each recipient gets one mail in their language and a portal notice until they mark it read.
     *
     *     Rules no schema states (422, field: message key): `companies`: `unknown_company`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['announce'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/announcements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: one announcement with who has read it */
    get: operations['getAnnouncement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/announcements/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A recipient: mark it read (no longer shown as a notice)
     * @description Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['markAnnouncementRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/announcements/{id}/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Desk manager: mail a reminder to every recipient who has not read it
     * @description Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['remindAnnouncement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff: find a caller among the active support contacts
     * @description Every word must match the name, e-mail, phone (digits, spaces and a country code ignored) or company name. At most 20, by name.
     */
    get: operations['findContacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff: the ratings given in a period, per week and per agent
     * @description Both days are included (the desk’s time zone, 1900-01-01 to 2999-12-31). Without `from` and `to`, the last twelve months up to today; with one of them, a year from or up to it. `to` may not be before `from`, and the period may be at most three years.
     *
     *     Rules no schema states (422, field: message key): `to`: `period_reversed`, `period_too_long`.
     */
    get: operations['satisfaction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the token belongs to */
    get: operations['me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: operations['openapi'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cases you may see, in the desk's queue order (earliest first-response due first) or as `sort` says
     * @description Contacts see their own company's cases; price approvers only cases with a released quote or a training offer; staff see all, and may filter by company.
     *
     *     Rules no schema states (422, field: message key): `company`: `unknown_company`.
     */
    get: operations['listCases'];
    put?: never;
    /**
     * File a request
     * @description A support contact files for their own company (channel portal). An agent or desk manager registers a phone or mail request on behalf of a contact with `contactEmail` and `channel`. Price approvers may not file requests (403).
     *
     *     Rules no schema states (422, field: message key): `contactEmail`: `required`, `not_a_contact`, `invalid`; `channel`: `required`, `invalid_choice`; `fields.course`: `invalid_choice`; `fields.email`: `email_taken`; `fields.replaces`: `required`, `invalid`, `not_a_contact`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['createCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case with its timeline, billing lines and the actions you may take */
    get: operations['getCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a decision on a case
     * @description The body depends on the action: `acknowledge` → AcknowledgeInput, `qualify` → QualifyInput, `split` → SplitInput, `ask-customer` → AskCustomerInput, `reply` → ReplyInput, `offer-training` → OfferTrainingInput, `accept-training` → AcceptTrainingInput, `decline-training` → DeclineTrainingInput, `withdraw-training` → WithdrawTrainingInput, `reclassify` → ReclassifyInput, `mark-not-understood` → MarkNotUnderstoodInput, `return-question` → ReturnQuestionInput, `rough-estimate` → RoughEstimateInput, `request-quote` → RequestQuoteInput, `quote` → QuoteInput, `release-quote` → ReleaseQuoteInput, `return-quote` → ReturnQuoteInput, `withdraw-quote` → WithdrawQuoteInput, `accept-quote` → AcceptQuoteInput, `reject-quote` → RejectQuoteInput, `withdraw` → WithdrawInput, `log-time` → LogTimeInput, `start-work` → StartWorkInput, `resolve` → ResolveInput, `deliver` → DeliverInput, `decline` → DeclineInput, `backlog` → BacklogInput, `reopen` → ReopenInput, `close` → CloseInput, `take` → TakeInput, `assign` → AssignInput, `record-contact-agreement` → RecordContactAgreementInput, `unassign` → UnassignInput, `offer` → OfferInput, `accept-offer` → AcceptOfferInput, `rate` → RateInput, `add-follower` → AddFollowerInput, `remove-follower` → RemoveFollowerInput, `reject-offer` → RejectOfferInput. It is judged by the action in the path (a field of another action's input is refused, 422); each action's own path (/cases/{number}/actions/<action>) states its body exactly.
     *
     *     Rules no schema states (422, field: message key): any field: any key.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['caseAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * acknowledge
     * @description Staff: the first response — the request is received and understood, with a plan (stops the SLA clock).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/qualify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * qualify
     * @description Staff: confirm or correct the request type; the case moves on by type (support/incident → in_progress, change_request → estimating, product_idea → under_review).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_qualify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * split
     * @description Staff: a message with several topics becomes several cases (before qualification); the new cases keep the received time.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_split'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/ask-customer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * ask-customer
     * @description Staff: ask the contact a question; the case waits on the customer until they reply.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_ask_customer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * reply
     * @description Contact: answer the desk; a case waiting on an answer resumes where it was.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_reply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/offer-training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * offer-training
     * @description Staff: offer billable training on a support case in progress (hours in quarters).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_offer_training'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/accept-training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * accept-training
     * @description Price approver or contact with the approval right: accept the training offer (billed at close).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_accept_training'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/decline-training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * decline-training
     * @description Price approver or contact with the approval right: decline the training offer.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_decline_training'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/withdraw-training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * withdraw-training
     * @description Staff: take back a training offer awaiting an answer (the approvers are told); the case returns to work.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_withdraw_training'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/reclassify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * reclassify
     * @description Staff: an incident caused by the customer's own changes becomes a billable restoration of normal operation.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_reclassify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/mark-not-understood': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * mark-not-understood
     * @description Staff: mark that the support question showed the contact does not understand the workflow (counts in the contact's competence figures; internal).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_mark_not_understood'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/return-question': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * return-question
     * @description Staff: return the question to the support contact, who must qualify it first; the case waits on their answer.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_return_question'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/rough-estimate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * rough-estimate
     * @description Staff: a free rough estimate on a change request being estimated.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_rough_estimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/request-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * request-quote
     * @description Contact or staff: ask for a detailed (billed) estimate and quote after a rough estimate.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_request_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * quote
     * @description Staff: a detailed quote. The estimation fee (estimationMinutes at the hourly rate) is billed and credited if the quote is accepted. A price above the company terms' release threshold waits for a desk manager's release-quote.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/release-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * release-quote
     * @description Desk manager: release a quote above the release threshold to the customer.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_release_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/return-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * return-quote
     * @description Desk manager: send a quote above the release threshold back to the desk with a reason, instead of releasing it.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_return_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/withdraw-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * withdraw-quote
     * @description Staff: take back a quote that awaits release or acceptance (the approvers are told); a new quote can follow.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_withdraw_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/accept-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * accept-quote
     * @description Price approver or contact with the approval right: accept the quote.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_accept_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/reject-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * reject-quote
     * @description Price approver or contact with the approval right: reject the quote.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_reject_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * withdraw
     * @description Contact: withdraw the request (until its outcome is given or ordered work has started).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/log-time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * log-time
     * @description Staff: log minutes of work on the case (billable time is billed at close, at least 15 minutes).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_log_time'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/start-work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * start-work
     * @description Staff: start the work of an accepted quote.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_start_work'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * resolve
     * @description Staff: resolve a support case or incident in progress.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * deliver
     * @description Staff: deliver a change request in progress.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_deliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * decline
     * @description Staff: decline a change request being estimated or a product idea under review.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/backlog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * backlog
     * @description Staff: take a product idea into the backlog.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_backlog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * reopen
     * @description Contact or staff: reopen a resolved or delivered case within the reopen window.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * close
     * @description Staff: close a case whose outcome is given; billing lines are written exactly once.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/take': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * take
     * @description Staff: take the case; notices about it then go to you.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_take'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * assign
     * @description Staff: give the case to a colleague (to: their e-mail); they are told.
     *
     *     Rules no schema states (422, field: message key): `to`: `not_staff`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/record-contact-agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * record-contact-agreement
     * @description Staff: record that a support contact agreed the desk may contact another person (contact: the support contact's e-mail).
     *
     *     Rules no schema states (422, field: message key): `contact`: `not_a_contact`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_record_contact_agreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * unassign
     * @description Staff: release the case to the desk; notices about it go to every agent again.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_unassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * offer
     * @description Make an offer on an order: a fixed price (priceOre) or hours at an hourly rate (hours, rateOre). For a support contact order the training hours (2 h standard / 4 h enterprise) at the hourly rate are the default. The offer awaits a price approver's acceptance, with a reminder and expiry in working days.
     *
     *     Rules no schema states (422, field: message key): `priceOre`: `price_or_hours`; `hours`: `price_or_hours`, `required`; `rateOre`: `price_or_hours`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_offer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/accept-offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * accept-offer
     * @description Accept the order's offer (price approver, or support contact with the approval right).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_accept_offer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * rate
     * @description Contact of the case's company: rate the answer once (1–5, with an optional comment) on a resolved, delivered or closed case; a second rating is 409.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/add-follower': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * add-follower
     * @description A support contact of the case's company or staff: add a colleague (an active support contact or price approver of the same company) by e-mail; followers get the case's mails.
     *
     *     Rules no schema states (422, field: message key): `email`: `not_a_colleague`, `already_following`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_add_follower'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/remove-follower': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * remove-follower
     * @description A support contact of the case's company or staff: stop a follower getting the case's mails.
     *
     *     Rules no schema states (422, field: message key): `email`: `not_a_colleague`, `not_following`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_remove_follower'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/actions/reject-offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * reject-offer
     * @description Reject the order's offer (price approver, or support contact with the approval right); the order ends.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['case_reject_offer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write on a case, with files
     * @description Staff: a desk note (`internal: true`; neither it nor its files are ever shown to the customer) or a message to the customer (`internal: false`, mailed to the case's contact); `internal` is required for staff. A support contact: their reply on the case (the `reply` action; only `body`, at most 5000 characters). Send JSON, or multipart/form-data with the fields `body` and `internal` and the files as `attachments` (at most 10 files of 25 MB each in this install — ATTACHMENT_MAX_FILES, ATTACHMENT_MAX_MB; .png .jpg .jpeg .gif .webp .bmp .pdf .txt .log .csv .json .xml .docx .xlsx .pptx .doc .xls .ppt .rtf .odt .ods .odp .zip .eml .msg). A file is judged by its content against its extension (an executable named `.pdf` is refused; text and logs must be UTF-8 text without NUL); a refused file is 422 naming the file in `errors.attachments`. The files show on the timeline entry they came with.
     *
     *     Rules no schema states (422, field: message key): `body`: `too_long`; `internal`: `invalid_choice`, `unknown_field`; `to`: `needs_agreement`, `unknown_field`; `attachments`: `too_many_attachments`, `file_too_big`, `file_is_empty`, `file_kind`, `file_content`.
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['addMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{number}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case's timeline, a page at a time, newest first
     * @description Process events, messages and (for staff) internal notes, newest first. `GET /cases/{number}` carries the newest 100 and `timelineTotal`; page back from there with `next`. Who may read it is decided as for the case: a case you may not see is 404.
     *
     *     Rules no schema states (422, field: message key): `before`: `timeline_cursor`.
     */
    get: operations['getCaseTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand over a received e-mail (the mail gateway: MAIL_GATEWAY_TOKEN or a staff token)
     * @description The raw message (`message/rfc822`, up to MAIL_MAX_BYTES) or the short JSON form. It is stored, then processed once per Message-ID: a mail from an active support contact becomes a case on the mail channel (201), or — answering a mail of the desk (In-Reply-To/References) or with "[#<number>]" of an open case of their company in the subject — a reply on that case (200). A mail from anyone else, or written by a machine (auto-reply, bounce, list), does not become a case: it is logged for the desk, and a person is answered once a day with their company's support contacts (200, outcome `rejected`). 202 when it is stored but could not be processed yet (it will be).
     *
     *     Rules no schema states (422, field: message key): `Idempotency-Key`: `idempotency_key_reused`.
     */
    post: operations['inboundMail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      /** @description What went wrong, in English. */
      error: string;
      /** @description Quote this to support (500 only). */
      reference?: string;
    };
    ValidationErrors: {
      /** @description A summary in English. */
      error?: string;
      /** @description Field → English message. Type-specific request fields are reported as `fields.<name>`; a body that is not an object as `body`. */
      errors: {
        [key: string]: string;
      };
      /** @description Field → message key (e.g. `required`, `too_long`, `control_characters`), for programs. */
      fields?: {
        [key: string]: string;
      };
    };
    Token: {
      /** @description Use it to revoke the token (DELETE /tokens/{id}). */
      id: number;
      /** @description Send as `Authorization: Bearer <token>`. Shown only now: the server keeps only a hash. */
      token: string;
      label: string | null;
      /**
       * Format: date-time
       * @description Tokens expire after API_TOKEN_HOURS (default 720 hours, 30 days).
       */
      expiresAt: string;
    };
    TokenRequest: {
      /** @description Your login, compared trimmed and in lower case. An e-mail address as the pattern says. */
      email: string;
      password: string;
      /** @description A name to recognise the token by in the list (optional; blank or null: none). */
      label?: string | null;
      /** @description For a person with a second factor: the code their authenticator app shows now. */
      code?: string;
      /** @description Or one of their recovery codes (each works once). */
      recoveryCode?: string;
    };
    ApiToken: {
      id: number;
      label: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      lastUsedAt: string | null;
      owner: {
        id: number;
        name: string;
        email: string;
      };
    };
    ApiTokenList: {
      items: components['schemas']['ApiToken'][];
    };
    TotpEnrolment: {
      /** @description The shared secret in Base32, for typing into an authenticator app. */
      secret: string;
      /** @description The otpauth:// address an authenticator app reads from a QR code. */
      otpauthUrl: string;
    };
    TotpConfirmation: {
      /** @description A code the app shows now (6 digits). */
      code: string;
    };
    RecoveryCodes: {
      /** @description Ten single-use codes for when the app is lost; shown only now (only hashes are kept). */
      recoveryCodes: string[];
    };
    SecondFactorNeeded: {
      error: string;
      /** @enum {string} */
      needs: 'code';
    };
    ClosedDay: {
      /**
       * Format: date
       * @description A day in the desk’s time zone, YYYY-MM-DD.
       */
      date: string;
      name: string;
    };
    /** @description A day to close the desk on, today or later, with the name shown for it. */
    NewClosedDay: {
      /** @description A date as the pattern says. */
      date: string;
      name: string;
    };
    ClosedDayList: {
      items: components['schemas']['ClosedDay'][];
    };
    BillingMonthLine: {
      /** @description The case the line bills; null for a company line (contact fee, contact training). */
      case: number | null;
      /** @enum {string} */
      kind:
        | 'time'
        | 'estimation_fee'
        | 'estimation_credit'
        | 'quote_price'
        | 'training'
        | 'order_price'
        | 'contact_training'
        | 'contact_fee'
        | 'correction'
        | 'extra_contact';
      minutes: number;
      /** @description Amount in øre (DKK × 100); credits and corrections may be negative. */
      amountOre: number;
      text: string;
      /** Format: date */
      billedOn: string;
      /** @description For a `correction` line: the month, case and kind of the line it corrects (never changed itself). */
      corrects: {
        month: string;
        case: number | null;
        kind: string;
      } | null;
    };
    BillingMonthCompany: {
      slug: string;
      name: string;
      /** @description The company’s month was exported: it is answered as exported, and later changes go to the next open month. */
      locked: boolean;
      lockedAt: string | null;
      /** @description Support contacts active on any day of the month. */
      activeContacts: number;
      lines: components['schemas']['BillingMonthLine'][];
    };
    BillingMonth: {
      month: string;
      /** @description Every company (in view) has exported the month. */
      locked: boolean;
      companies: components['schemas']['BillingMonthCompany'][];
    };
    Invoice: {
      /** @description The invoice number, from one gapless series (never reused). */
      number: number;
      /** @description The company’s slug. */
      company: string;
      companyName: string;
      month: string;
      /** Format: date */
      issueDate: string;
      /**
       * Format: date
       * @description The issue date plus the vendor’s payment terms.
       */
      dueDate: string;
      /** @description The sum of the company’s billing lines of the month, in øre (the UBL LineExtensionAmount). */
      totalExVatOre: number;
      /** @description VAT 25 % of totalExVatOre, computed once on the total, half an øre rounded away from zero. */
      vatOre: number;
      /** @description totalExVatOre + vatOre (the UBL PayableAmount). */
      totalOre: number;
      /**
       * @description `sent` once the invoice mail (PDF and XML attached) has left the outbox.
       * @enum {string}
       */
      status: 'made' | 'sent';
      sentAt: string | null;
      /** @description Path of the UBL XML. */
      xml: string;
      /** @description Path of the PDF. */
      pdf: string;
    };
    InvoiceList: {
      invoices: components['schemas']['Invoice'][];
    };
    InvoiceRun: {
      invoices: components['schemas']['Invoice'][];
      /** @description Companies of the month whose invoice was not made: without a CVR or EAN number a Peppol access point cannot deliver it. Add the number and make the month’s invoices again. */
      withheld: {
        company: string;
        companyName: string;
        missing: 'cvr'[];
      }[];
    };
    CompanyBilling: {
      company: string;
      street: string;
      postcode: string;
      city: string;
      /** @description ISO 3166 code, DK by default. */
      country: string;
      /** @description CVR number, 8 digits (modulus 11). */
      cvr: string | null;
      /** @description EAN/GLN number of a public customer, 13 digits (GS1 check digit): the invoice’s electronic address. */
      gln: string | null;
      /** @description Where the invoice mail goes. */
      invoiceEmail: string | null;
      attention: string;
      /** @description The customer’s reference: the invoice’s order and buyer reference. */
      reference: string;
      /**
       * @description The language of the company’s invoices.
       * @enum {string}
       */
      locale: 'da' | 'en';
    };
    Order: {
      offer: {
        text: string;
        /**
         * @description `fixed`: the price; `time`: hours at the rate (consultancy is billed for the time used at the rate).
         * @enum {string}
         */
        pricing: 'fixed' | 'time';
        /** @description The fixed price, or hours × rate. */
        priceOre: number;
        hours: number | null;
        rateOre: number | null;
        validWorkingDays: number;
        /** @enum {string} */
        outcome: 'pending' | 'accepted' | 'rejected' | 'expired';
        sentAt: string | null;
        validUntil: string | null;
      } | null;
      deliveredAt: string | null;
    };
    CompetenceFigures: {
      /** @description Cases the contact raised (or that were registered on their behalf) received in the period; a case split into others counts as those. */
      casesRaised: number;
      /** @description Training offers made on their cases in the period (timeline kind `offer-training`). */
      trainingOffersMade: number;
      /** @description Training offers accepted on their cases in the period (`accept-training`). */
      trainingOffersAccepted: number;
      /** @description Incidents on their cases reclassified as self-inflicted in the period (`reclassify`). */
      reclassifiedIncidents: number;
      /** @description Support questions the desk marked in the period as showing the workflow is not understood (`mark-not-understood`). */
      notUnderstood: number;
      /** @description Questions returned in the period for missing qualification (`return-question`). */
      returnedQuestions: number;
      /** @description The support-contact training was completed on or before the last day: billed for the contact, or a support-contact order for their e-mail was delivered. */
      trainingDone: boolean;
      trainingDoneOn: string | null;
    };
    ContactCompetence: {
      id: number;
      name: string;
      /** Format: email */
      email: string;
      active: boolean;
      /** @description Cases the contact raised (or that were registered on their behalf) received in the period; a case split into others counts as those. */
      casesRaised: number;
      /** @description Training offers made on their cases in the period (timeline kind `offer-training`). */
      trainingOffersMade: number;
      /** @description Training offers accepted on their cases in the period (`accept-training`). */
      trainingOffersAccepted: number;
      /** @description Incidents on their cases reclassified as self-inflicted in the period (`reclassify`). */
      reclassifiedIncidents: number;
      /** @description Support questions the desk marked in the period as showing the workflow is not understood (`mark-not-understood`). */
      notUnderstood: number;
      /** @description Questions returned in the period for missing qualification (`return-question`). */
      returnedQuestions: number;
      /** @description The support-contact training was completed on or before the last day: billed for the contact, or a support-contact order for their e-mail was delivered. */
      trainingDone: boolean;
      trainingDoneOn: string | null;
    };
    CompanyCompetence: {
      company: components['schemas']['CompanyRef'];
      /**
       * Format: date
       * @description A day in the desk’s time zone, YYYY-MM-DD.
       */
      from: string;
      /**
       * Format: date
       * @description A day in the desk’s time zone, YYYY-MM-DD.
       */
      to: string;
      /** @description Every support contact of the company, active ones first. */
      contacts: components['schemas']['ContactCompetence'][];
      /** @description The sum over the active contacts (trainingDone: all of them). */
      totals: components['schemas']['CompetenceFigures'];
    };
    Erasure: {
      id: number;
      /** @description What the person is called now: "Slettet person #<id>". */
      name: string;
      erased: boolean;
      alreadyErased: boolean;
      /** @description Closed cases the person filed: every text and file removed, their Temporal history unreadable. */
      casesCleared: number[];
      /** @description Other cases the person wrote in or was named in: their texts removed, their name and address replaced. */
      casesTouched: number[];
    };
    ErasureRefused: {
      error: string;
      /** @description The open cases the person is still the support contact of. */
      openCases: number[];
      /** @description The support contacts those cases may move to (`moveOpenCasesTo`). */
      moveOpenCasesTo: {
        id: number;
        name: string;
      }[];
    };
    /** @enum {string} */
    ArticleStatus: 'draft' | 'published' | 'archived';
    /**
     * @description `public`: every support contact · `company`: one company's contacts (notes on its implemented workflows) · `internal`: the desk only.
     * @enum {string}
     */
    Audience: 'public' | 'company' | 'internal';
    Article: {
      id: number;
      status: components['schemas']['ArticleStatus'];
      audience: components['schemas']['Audience'];
      /** @description The company's id for a `company` article, else null. */
      company: string | null;
      category: string | null;
      title: {
        da: string;
        en: string | null;
      };
      /** @description Markdown; images of the article are written `![text](image:<id>)`. */
      body: {
        da: string;
        en: string | null;
      };
      /** @description Raised by every change of content; every version is kept. */
      version: number;
      /** @description The cases it was written from (a support contact sees only their own company’s). */
      sourceCases: number[];
      publishedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    ArticleList: {
      items: components['schemas']['Article'][];
    };
    NewArticle: {
      /** @description Danish required, English optional. May be left out with `sourceCase`. */
      title?: {
        da: string;
        en?: string | null;
      };
      /** @description Markdown. May be left out with `sourceCase`. */
      body?: {
        da: string;
        en?: string | null;
      };
      audience: components['schemas']['Audience'];
      /** @description The company’s id; required for `company`. */
      company?: string | null;
      /** @description payroll, orders, invoices, users, integrations, general — or any other name. */
      category?: string | null;
      /** @description A resolved or closed case the article answers (409 otherwise). Without title and body the draft is written from it: the title from the case, the question from its description, the answer from the resolution summary and the desk’s last message — without names, e-mail addresses or phone numbers. The case’s timeline shows the article. */
      sourceCase?: number;
    };
    Suggestion: {
      id: number;
      /** @description In your language, or Danish when the article has no English. */
      title: string;
      snippet: string;
    };
    Suggestions: {
      /** @description Best first. */
      articles: components['schemas']['Suggestion'][];
    };
    Feedback: {
      article: number;
      helpful: boolean;
      /** @description What was missing. */
      comment?: string;
    };
    Deflection: {
      article: number;
      /** @description What the contact had typed. */
      query: string;
    };
    HelpStats: {
      /** @description A day in the desk’s time zone, YYYY-MM-DD; empty: not given. */
      from: string;
      /** @description A day in the desk’s time zone, YYYY-MM-DD; empty: not given. */
      to: string;
      /** @description Article pages opened by support contacts. */
      views: number;
      helpful: number;
      notHelpful: number;
      /** @description "This solved it" instead of a new request. */
      deflected: number;
      /** @description Searches and suggestions that found nothing, most frequent first. */
      noResultQueries: {
        query: string;
        count: number;
      }[];
    };
    CannedResponse: {
      id: number;
      name: string;
      text: {
        da: string;
        en: string | null;
      };
      /** @description Shared with the whole desk, or the owner’s own. */
      shared: boolean;
      owner: string;
      /** Format: date-time */
      updatedAt: string;
    };
    NewCannedResponse: {
      name: string;
      /** @description Placeholders: {{contact.firstName}}, {{contact.lastName}}, {{case.number}}, {{case.title}}, {{agent.firstName}}, {{responseDue}}. */
      text: {
        da: string;
        en?: string | null;
      };
      shared: boolean;
    };
    CannedResponseList: {
      items: components['schemas']['CannedResponse'][];
    };
    RenderedText: {
      text: string;
      /**
       * @description The case contact’s language.
       * @enum {string}
       */
      locale: 'da' | 'en';
    };
    NewAnnouncement: {
      /** @description Danish required, English optional. */
      title: {
        da: string;
        en?: string | null;
      };
      /** @description Plain text. */
      body: {
        da: string;
        en?: string | null;
      };
      /** @description Company ids; left out or empty: every company. An unknown one is refused (422 `unknown_company`). */
      companies?: string[];
      important?: boolean;
    };
    Announcement: {
      id: number;
      title: {
        da: string;
        en: string | null;
      };
      body: {
        da: string;
        en: string | null;
      };
      important: boolean;
      /** Format: date-time */
      createdAt: string;
      /** @description Support contacts and price approvers: whether you marked it read. */
      read?: boolean;
      readAt?: string | null;
      /** @description Staff: the companies it went to; null for all. */
      companies?: string[] | null;
      recipientCount?: number;
      readCount?: number;
      /** @description Staff, one announcement: who it went to. */
      recipients?: {
        email: string;
        readAt: string | null;
      }[];
    };
    AnnouncementList: {
      items: components['schemas']['Announcement'][];
    };
    FoundContact: {
      /** Format: email */
      email: string;
      firstName: string;
      lastName: string;
      phone: string | null;
      company: {
        slug: string;
        name: string;
      };
    };
    Follower: {
      /** Format: email */
      email: string;
      name: string;
    };
    Rating: {
      score: number;
      comment: string | null;
      /** Format: date-time */
      at: string;
      /** @description Who rated. */
      by: string;
    };
    Satisfaction: {
      /**
       * Format: date
       * @description A day in the desk’s time zone, YYYY-MM-DD.
       */
      from: string;
      /**
       * Format: date
       * @description A day in the desk’s time zone, YYYY-MM-DD.
       */
      to: string;
      /** @description Ratings given in the period. */
      responses: number;
      /** @description The average score (two decimals); null without ratings. */
      average: number | null;
      byWeek: {
        /**
         * Format: date
         * @description The ISO week's Monday.
         */
        week: string;
        responses: number;
        /** @description The average score (two decimals); null without ratings. */
        average: number | null;
      }[];
      byAgent: {
        /** @description Who held the case when it was rated; null: unassigned. */
        agent: {
          id: number;
          name: string;
        } | null;
        responses: number;
        average: number;
      }[];
      /** @description How many ratings gave 1, 2, 3, 4 and 5. */
      byScore: number[];
      /** @description The rated cases, newest first (at most 100). */
      cases: {
        number: number;
        title: string;
        score: number;
        comment: string | null;
        /** Format: date-time */
        at: string;
        agent: {
          id: number;
          name: string;
        } | null;
      }[];
    };
    /** @enum {string} */
    CaseType: 'support' | 'incident' | 'change_request' | 'product_idea' | 'course_booking' | 'consultancy' | 'contact_order';
    /** @enum {string} */
    CaseStatus:
      | 'received'
      | 'acknowledged'
      | 'in_progress'
      | 'waiting_on_customer'
      | 'estimating'
      | 'rough_estimate_given'
      | 'awaiting_acceptance'
      | 'accepted'
      | 'rejected'
      | 'expired'
      | 'under_review'
      | 'backlog'
      | 'declined'
      | 'resolved'
      | 'delivered'
      | 'closed'
      | 'withdrawn';
    /** @enum {string} */
    Channel: 'portal' | 'mail' | 'phone';
    /** @enum {string} */
    Role: 'contact' | 'approver' | 'agent' | 'manager';
    /** @enum {string} */
    Action:
      | 'acknowledge'
      | 'qualify'
      | 'split'
      | 'ask-customer'
      | 'reply'
      | 'offer-training'
      | 'accept-training'
      | 'decline-training'
      | 'withdraw-training'
      | 'reclassify'
      | 'mark-not-understood'
      | 'return-question'
      | 'rough-estimate'
      | 'request-quote'
      | 'quote'
      | 'release-quote'
      | 'return-quote'
      | 'withdraw-quote'
      | 'accept-quote'
      | 'reject-quote'
      | 'withdraw'
      | 'log-time'
      | 'start-work'
      | 'resolve'
      | 'deliver'
      | 'decline'
      | 'backlog'
      | 'reopen'
      | 'close'
      | 'take'
      | 'assign'
      | 'record-contact-agreement'
      | 'unassign'
      | 'offer'
      | 'accept-offer'
      | 'rate'
      | 'add-follower'
      | 'remove-follower'
      | 'reject-offer';
    /** @enum {string} */
    WaitingOn: 'desk' | 'customer' | 'approver' | 'desk_manager';
    /** @enum {string} */
    BillingLineKind:
      'time' | 'estimation_fee' | 'estimation_credit' | 'quote_price' | 'training' | 'order_price' | 'contact_training' | 'contact_fee' | 'correction';
    CompanyRef: {
      id: string;
      name: string;
    };
    PersonRef: {
      id: number;
      name: string;
      email: string;
    };
    Me: {
      id: number;
      email: string;
      name: string;
      firstName: string;
      lastName: string;
      role: components['schemas']['Role'];
      company: components['schemas']['CompanyRef'] | null;
      canApprove: boolean;
    };
    BillingLine: {
      kind: components['schemas']['BillingLineKind'];
      minutes: number;
      /** @description Amount in øre (DKK × 100); the estimation credit is negative. */
      amountOre: number;
      text: string;
    };
    TimelineItem: {
      /** Format: date-time */
      at: string;
      /** @description The action (e.g. `acknowledge`), a process event (e.g. `received`, `quote_expiry`), `message` or `note`. */
      kind: string;
      actor: {
        name: string;
        role: string;
      } | null;
      text: string | null;
      /** @description Desk-only entries; shown to staff only. */
      internal: boolean;
      /** @description Details of the event (e.g. minutes logged, the quote price). */
      data?: Record<string, never>;
      /** @description The files added with this entry (ids in `attachments`). */
      attachmentIds?: number[];
    };
    Quote: {
      estimationMinutes: number;
      hours: number;
      priceOre: number;
      validWorkingDays: number;
      released: boolean;
      /**
       * @description `withdrawn`: the desk took it back (a new quote may follow); `returned`: a desk manager sent it back instead of releasing it.
       * @enum {string}
       */
      outcome: 'pending' | 'accepted' | 'rejected' | 'expired' | 'withdrawn' | 'returned';
      /** @description When the quote went to the customer (null while held for release). */
      sentAt: string | null;
      /** @description The last moment the quote may be accepted (working days from sending). */
      validUntil: string | null;
      /** @description What is delivered and the assumptions the price rests on, as the approver reads it. */
      scope?: string | null;
    };
    RoughEstimate: {
      hours: number;
      text: string;
    };
    TrainingOffer: {
      hours: number;
      /** @enum {string} */
      outcome: 'offered' | 'accepted' | 'declined' | 'lapsed' | 'withdrawn';
      /** @description What the training costs if accepted: hours at the case's hourly rate. */
      priceOre: number | null;
      /** @description The case's hourly rate. */
      rateOre: number | null;
    };
    Deadline: {
      /** @enum {string} */
      kind:
        | 'response_warning'
        | 'response_due'
        | 'waiting_reminder'
        | 'waiting_close'
        | 'training_lapse'
        | 'quote_reminder'
        | 'quote_expiry'
        | 'auto_close'
        | 'offer_reminder'
        | 'offer_expiry';
      /** Format: date-time */
      at: string;
    };
    Attachment: {
      id: number;
      filename: string;
      contentType: string;
      size: number;
      internal: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    CaseSummary: {
      number: number;
      type: components['schemas']['CaseType'];
      status: components['schemas']['CaseStatus'];
      channel: components['schemas']['Channel'];
      company: components['schemas']['CompanyRef'];
      contact: components['schemas']['PersonRef'];
      title: string;
      /** Format: date-time */
      receivedAt: string;
      /** @description First-response due time (8 working hours after receipt); null once responded or while paused. */
      responseDueAt: string | null;
      slaBreached: boolean;
      waitingOn: components['schemas']['WaitingOn'] | null;
      /** @description Whether the case's time is billed under the company's agreement. */
      billable: boolean;
      /** @description With `q`: how the case matched. */
      search?: components['schemas']['SearchResult'];
    };
    SearchResult: {
      /** @description Relevance (PostgreSQL ts_rank; higher is better). The list is ordered by it (a typed case number first). */
      rank: number;
      /** @description Where the best match besides the title was found; null when only the title matched. */
      source: ('description' | 'message' | 'note' | 'timeline' | 'internal' | 'attachment') | null;
      /** @description Plain text around the match. */
      snippet: string | null;
      /** @description The matching words in `snippet` as [start, end) character offsets. */
      highlights: number[][];
    };
    NewMessage: {
      /** @description A support contact's reply: at most 5000 characters. */
      body: string;
      /** @description Staff only (required for staff): true for a desk note, false for a message to the customer. */
      internal?: boolean;
      /** @description Staff, messages to the customer: who it is mailed to instead of the case's contact — another support contact of the company, or a person a support contact agreed the desk may contact (`record-contact-agreement`); anyone else is refused (422). A closed case takes notes only (409). An e-mail address as the pattern says. */
      to?: string;
    };
    TimelinePage: {
      /** @description Newest first: the oldest entry of the page is the last. */
      items: components['schemas']['TimelineItem'][];
      /** @description Pass as `before` for the entries before this page; null when the page reaches the first entry of the case. */
      next: string | null;
    };
    Case: {
      number: number;
      type: components['schemas']['CaseType'];
      status: components['schemas']['CaseStatus'];
      channel: components['schemas']['Channel'];
      company: components['schemas']['CompanyRef'];
      contact: components['schemas']['PersonRef'];
      title: string;
      /** Format: date-time */
      receivedAt: string;
      /** @description First-response due time (8 working hours after receipt); null once responded or while paused. */
      responseDueAt: string | null;
      slaBreached: boolean;
      waitingOn: components['schemas']['WaitingOn'] | null;
      /** @description Whether the case's time is billed under the company's agreement. */
      billable: boolean;
      description: string;
      /** @description The request type's own fields (see the *Request schemas). */
      fields: Record<string, never>;
      /** @description The agent handling the case (take, assign, unassign); null while unassigned. */
      owner: {
        id: number;
        name: string;
        email: string;
      } | null;
      respondedAt: string | null;
      /** @description Why the case is free or billed, in English; null until the process has judged it. */
      coverageReason: string | null;
      loggedMinutes: number;
      nextDeadline: components['schemas']['Deadline'] | null;
      reopenUntil: string | null;
      closedAt: string | null;
      quote: components['schemas']['Quote'] | null;
      roughEstimate: components['schemas']['RoughEstimate'] | null;
      training: components['schemas']['TrainingOffer'] | null;
      /** @description An order's offer and delivery (course bookings, consultancy and support-contact orders); null for other types. */
      order: components['schemas']['Order'] | null;
      splitFrom: number | null;
      splitInto: number[];
      /** @description Colleagues of the company who get the case's mails (add-follower, remove-follower). */
      followers: components['schemas']['Follower'][];
      /** @description The contact's rating of the answer (`rate`, once); null until given. */
      rating: components['schemas']['Rating'] | null;
      /** @description The case's version (the first part of its ETag). A decision with `If-Match` naming an older version is 412 and nothing is applied. */
      version: number;
      /** @description What the caller may do now (POST /cases/{number}/actions/{action}). */
      allowedActions: components['schemas']['Action'][];
      /** @description The newest 100 entries, oldest first; `GET /cases/{number}/timeline` pages back through the rest. */
      timeline: components['schemas']['TimelineItem'][];
      /** @description How many timeline entries you may see on this case in all. */
      timelineTotal: number;
      /** @description Written once, when the case closes. */
      billingLines: components['schemas']['BillingLine'][];
      attachments: components['schemas']['Attachment'][];
    };
    CasePage: {
      items: components['schemas']['CaseSummary'][];
      page: number;
      pageSize: number;
      total: number;
      /** @description With `q`: true when more cases match the words than a search ranks (the 250 newest within the filters); `total` counts the ranked ones. */
      capped?: boolean;
    };
    SupportRequest: {
      /** @constant */
      type: 'support';
      title: string;
      description: string;
      /** @description The type’s own fields; each is checked when given. */
      fields?: {
        workflow?: string;
        tried?: string;
        expected?: string;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    IncidentRequest: {
      /** @constant */
      type: 'incident';
      title: string;
      description: string;
      /** @description The type’s own fields; each is checked when given. */
      fields?: {
        since?: string;
        steps?: string;
        expected?: string;
        actual?: string;
        affectedUsers?: number;
        /** @constant */
        trained?: true;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    ChangeRequestRequest: {
      /** @constant */
      type: 'change_request';
      title: string;
      description: string;
      /** @description The type’s own fields; each is checked when given. */
      fields?: {
        businessReason?: string;
        /** @enum {string} */
        priceMatters?: 'yes' | 'no';
        /** @description A date as the pattern says. */
        wishedDate?: string;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    ProductIdeaRequest: {
      /** @constant */
      type: 'product_idea';
      title: string;
      description: string;
      /** @description The type’s own fields; each is checked when given. */
      fields?: {
        value?: string;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    CourseBookingRequest: {
      /** @constant */
      type: 'course_booking';
      title: string;
      description: string;
      /** @description The order’s own fields (required). */
      fields: {
        course: string;
        participants: {
          name: string;
          /** @description An e-mail address as the pattern says. */
          email: string;
        }[];
        period: string;
        onSite: boolean;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    ConsultancyRequest: {
      /** @constant */
      type: 'consultancy';
      title: string;
      description: string;
      /** @description The order’s own fields (required). */
      fields: {
        goal: string;
        period: string;
        expectedHours?: number;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    ContactOrderRequest: {
      /** @constant */
      type: 'contact_order';
      title: string;
      description: string;
      /** @description The order’s own fields (required). */
      fields: {
        /** @enum {string} */
        action: 'add' | 'replace';
        firstName: string;
        lastName: string;
        /** @description An e-mail address as the pattern says. */
        email: string;
        /** @description An e-mail address as the pattern says. */
        replaces?: string;
        /** @constant */
        qualified: true;
      };
      /** @description Staff (required): the active support contact the request is registered for. A contact may name only themselves. An e-mail address as the pattern says. */
      contactEmail?: string;
      /**
       * @description Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.
       * @enum {string}
       */
      channel?: 'portal' | 'phone' | 'mail';
    };
    NewCase:
      | components['schemas']['SupportRequest']
      | components['schemas']['IncidentRequest']
      | components['schemas']['ChangeRequestRequest']
      | components['schemas']['ProductIdeaRequest']
      | components['schemas']['CourseBookingRequest']
      | components['schemas']['ConsultancyRequest']
      | components['schemas']['ContactOrderRequest'];
    /** @description Staff: the first response — the request is received and understood, with a plan (stops the SLA clock). */
    AcknowledgeInput: {
      plan: string;
    };
    /** @description Staff: confirm or correct the request type; the case moves on by type (support/incident → in_progress, change_request → estimating, product_idea → under_review). */
    QualifyInput: {
      /** @enum {string} */
      type?: 'support' | 'incident' | 'change_request' | 'product_idea';
    };
    /** @description Staff: a message with several topics becomes several cases (before qualification); the new cases keep the received time. */
    SplitInput: {
      titles: string[];
    };
    /** @description Staff: ask the contact a question; the case waits on the customer until they reply. */
    AskCustomerInput: {
      message: string;
    };
    /** @description Contact: answer the desk; a case waiting on an answer resumes where it was. */
    ReplyInput: {
      message: string;
    };
    /** @description Staff: offer billable training on a support case in progress (hours in quarters). */
    OfferTrainingInput: {
      hours: number;
    };
    /** @description Price approver or contact with the approval right: accept the training offer (billed at close). */
    AcceptTrainingInput: Record<string, never>;
    /** @description Price approver or contact with the approval right: decline the training offer. */
    DeclineTrainingInput: {
      reason?: string;
    };
    /** @description Staff: take back a training offer awaiting an answer (the approvers are told); the case returns to work. */
    WithdrawTrainingInput: {
      reason?: string;
    };
    /** @description Staff: an incident caused by the customer's own changes becomes a billable restoration of normal operation. */
    ReclassifyInput: {
      reason: string;
    };
    /** @description Staff: mark that the support question showed the contact does not understand the workflow (counts in the contact's competence figures; internal). */
    MarkNotUnderstoodInput: {
      reason: string;
    };
    /** @description Staff: return the question to the support contact, who must qualify it first; the case waits on their answer. */
    ReturnQuestionInput: {
      reason: string;
    };
    /** @description Staff: a free rough estimate on a change request being estimated. */
    RoughEstimateInput: {
      hours: number;
      text: string;
    };
    /** @description Contact or staff: ask for a detailed (billed) estimate and quote after a rough estimate. */
    RequestQuoteInput: {
      message?: string;
    };
    /** @description Staff: a detailed quote. The estimation fee (estimationMinutes at the hourly rate) is billed and credited if the quote is accepted. A price above the company terms' release threshold waits for a desk manager's release-quote. */
    QuoteInput: {
      estimationMinutes: number;
      hours: number;
      priceOre: number;
      validWorkingDays?: number;
      scope?: string;
    };
    /** @description Desk manager: release a quote above the release threshold to the customer. */
    ReleaseQuoteInput: Record<string, never>;
    /** @description Desk manager: send a quote above the release threshold back to the desk with a reason, instead of releasing it. */
    ReturnQuoteInput: {
      reason: string;
    };
    /** @description Staff: take back a quote that awaits release or acceptance (the approvers are told); a new quote can follow. */
    WithdrawQuoteInput: {
      reason?: string;
    };
    /** @description Price approver or contact with the approval right: accept the quote. */
    AcceptQuoteInput: Record<string, never>;
    /** @description Price approver or contact with the approval right: reject the quote. */
    RejectQuoteInput: {
      reason?: string;
    };
    /** @description Contact: withdraw the request (until its outcome is given or ordered work has started). */
    WithdrawInput: {
      reason?: string;
    };
    /** @description Staff: log minutes of work on the case (billable time is billed at close, at least 15 minutes). */
    LogTimeInput: {
      minutes: number;
      note?: string;
    };
    /** @description Staff: start the work of an accepted quote. */
    StartWorkInput: Record<string, never>;
    /** @description Staff: resolve a support case or incident in progress. */
    ResolveInput: {
      summary: string;
    };
    /** @description Staff: deliver a change request in progress. */
    DeliverInput: {
      summary: string;
    };
    /** @description Staff: decline a change request being estimated or a product idea under review. */
    DeclineInput: {
      reason: string;
    };
    /** @description Staff: take a product idea into the backlog. */
    BacklogInput: {
      summary: string;
    };
    /** @description Contact or staff: reopen a resolved or delivered case within the reopen window. */
    ReopenInput: {
      reason: string;
    };
    /** @description Staff: close a case whose outcome is given; billing lines are written exactly once. */
    CloseInput: Record<string, never>;
    /** @description Staff: take the case; notices about it then go to you. */
    TakeInput: Record<string, never>;
    /** @description Staff: give the case to a colleague (to: their e-mail); they are told. */
    AssignInput: {
      /** @description An e-mail address as the pattern says. */
      to: string;
    };
    /** @description Staff: record that a support contact agreed the desk may contact another person (contact: the support contact's e-mail). */
    RecordContactAgreementInput: {
      /** @description An e-mail address as the pattern says. */
      contact: string;
      person: string;
      reach: string;
      reason: string;
    };
    /** @description Staff: release the case to the desk; notices about it go to every agent again. */
    UnassignInput: {
      reason?: string;
    };
    /** @description Make an offer on an order: a fixed price (priceOre) or hours at an hourly rate (hours, rateOre). For a support contact order the training hours (2 h standard / 4 h enterprise) at the hourly rate are the default. The offer awaits a price approver's acceptance, with a reminder and expiry in working days. */
    OfferInput: {
      text: string;
      priceOre?: number;
      hours?: number;
      rateOre?: number;
      validWorkingDays?: number;
    };
    /** @description Accept the order's offer (price approver, or support contact with the approval right). */
    AcceptOfferInput: Record<string, never>;
    /** @description Contact of the case's company: rate the answer once (1–5, with an optional comment) on a resolved, delivered or closed case; a second rating is 409. */
    RateInput: {
      score: number;
      comment?: string;
    };
    /** @description A support contact of the case's company or staff: add a colleague (an active support contact or price approver of the same company) by e-mail; followers get the case's mails. */
    AddFollowerInput: {
      /** @description An e-mail address as the pattern says. */
      email: string;
    };
    /** @description A support contact of the case's company or staff: stop a follower getting the case's mails. */
    RemoveFollowerInput: {
      /** @description An e-mail address as the pattern says. */
      email: string;
    };
    /** @description Reject the order's offer (price approver, or support contact with the approval right); the order ends. */
    RejectOfferInput: {
      reason?: string;
    };
    /** @description A received e-mail: sender address, subject and plain-text body. */
    InboundMail: {
      /** @description An e-mail address as the pattern says. */
      from: string;
      /** @default  */
      subject: string;
      text: string;
    };
    MailOutcome: {
      /** @enum {string} */
      outcome: 'case_created' | 'reply_added' | 'rejected' | 'queued';
      /**
       * @description Why a mail was rejected.
       * @enum {string}
       */
      reason?: 'unknown_sender' | 'not_a_contact' | 'staff_sender' | 'automatic' | 'own_address' | 'unreadable';
      /** @description The case created or replied to. */
      caseNumber?: number;
      /** @description True when this Message-ID was handed over before: nothing was done again. */
      duplicate?: boolean;
      /** @description The case (staff tokens only). */
      case?: components['schemas']['Case'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listTokens: {
    parameters: {
      query?: {
        /** @description Desk managers only. */
        all?: 'true' | 'false';
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tokens, newest first. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description A new token. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Token'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Wrong e-mail address or password, a wrong or used code, or (`needs: "code"`) the second factor is missing. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] | components['schemas']['SecondFactorNeeded'];
        };
      };
      /** @description REQUIRE_2FA asks a second factor of this person and they have none yet: set it up at /account/security. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Too many failed attempts; wait and try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (also when it already was). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such token of yours. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  startTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The secret and its otpauth:// address. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolment'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  confirmTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpConfirmation'];
      };
    };
    responses: {
      /** @description The ten recovery codes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodes'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No enrolment is pending: POST /me/2fa/totp first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listClosedDays: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The closed days, by date. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClosedDayList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addClosedDay: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewClosedDay'];
      };
    };
    responses: {
      /** @description The closed day. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClosedDay'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  removeClosedDay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed; running cases follow. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportBillingMonth: {
    parameters: {
      query?: {
        /** @description One company’s slug; all companies when left out or empty. An unknown company is refused (422 `unknown_company`). */
        company?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The month, YYYY-MM (the desk’s time zone; 2000 to 2999). */
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getBillingMonth: {
    parameters: {
      query?: {
        /** @description One company’s slug; all companies when left out or empty. An unknown company is refused (422 `unknown_company`). */
        company?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The month, YYYY-MM (the desk’s time zone; 2000 to 2999). */
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingMonth'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  lockBillingMonth: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The month, YYYY-MM (the desk’s time zone; 2000 to 2999). */
        month: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          company?: string;
        };
      };
    };
    responses: {
      /** @description The month, locked. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingMonth'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  makeInvoices: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The billing month, YYYY-MM (2000–2999). */
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month’s invoices (none new). */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceRun'];
        };
      };
      /** @description The month’s invoices; this call made some of them. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceRun'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listInvoices: {
    parameters: {
      query?: {
        /** @description Only this month (YYYY-MM); empty: every month. */
        month?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoices. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getInvoiceXml: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        number: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Peppol BIS Billing 3.0 UBL 2.1 Invoice */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getInvoicePdf: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        number: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF in the company’s language */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCompanyBilling: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The company’s slug. */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The billing details. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyBilling'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  changeCompanyBilling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The company’s slug. */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          street?: string | null;
          postcode?: string | null;
          city?: string | null;
          country?: string | null;
          cvr?: string | null;
          gln?: string | null;
          invoiceEmail?: string | null;
          attention?: string | null;
          reference?: string | null;
          locale?: ('' | 'da' | 'en') | null;
        };
      };
    };
    responses: {
      /** @description The billing details as saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyBilling'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  companyCompetence: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The company’s id. */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures per contact. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyCompetence'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportPerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The person’s id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description person.json, sign-ins.json, cases.json, messages.json, attachments/, mails/ (raw mails they sent), mails-sent.json, audit.json. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  erasePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The person’s id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description An active support contact of the same company (the `moveOpenCasesTo` of a 409). */
          moveOpenCasesTo?: number;
        };
      };
    };
    responses: {
      /** @description Erased. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Erasure'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused: open cases (or a staff account). Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureRefused'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listArticles: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The articles. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArticleList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewArticle'];
      };
    };
    responses: {
      /** @description The draft. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The source case is not resolved or closed. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The article's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The article. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  publishArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The article's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published (already published: unchanged). */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  suggestArticles: {
    parameters: {
      query?: {
        q?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Best first. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Suggestions'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  articleFeedback: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Feedback'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            article: number;
            helpful: boolean;
          };
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordDeflection: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Deflection'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            article: number;
          };
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  helpStats: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HelpStats'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCannedResponses: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By name. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedResponseList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCannedResponse: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCannedResponse'];
      };
    };
    responses: {
      /** @description Kept. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedResponse'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCannedResponse: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The canned response's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description It. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedResponse'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCannedResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The canned response's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  renderCannedResponse: {
    parameters: {
      query: {
        case: number;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The canned response's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The text. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenderedText'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listAnnouncements: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnnouncementList'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  announce: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewAnnouncement'];
      };
    };
    responses: {
      /** @description Sent; how many it went to. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            recipients: number;
          };
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAnnouncement: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The announcement's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description With `recipients`. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Announcement'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  markAnnouncementRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The announcement's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked read. */
      204: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  remindAnnouncement: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The announcement's id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many were reminded. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            reminded: number;
          };
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  findContacts: {
    parameters: {
      query?: {
        q?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contacts found. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FoundContact'][];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  satisfaction: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Satisfaction'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  me: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in person. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  openapi: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OpenAPI 3.1 document. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCases: {
    parameters: {
      query?: {
        /** @description Comma-separated statuses. Empty items are left out (`status=` is no filter). */
        status?: (
          | 'received'
          | 'acknowledged'
          | 'in_progress'
          | 'waiting_on_customer'
          | 'estimating'
          | 'rough_estimate_given'
          | 'awaiting_acceptance'
          | 'accepted'
          | 'rejected'
          | 'expired'
          | 'under_review'
          | 'backlog'
          | 'declined'
          | 'resolved'
          | 'delivered'
          | 'closed'
          | 'withdrawn'
          | ''
        )[];
        /** @description Comma-separated types. Empty items are left out (`type=` is no filter). */
        type?: ('support' | 'incident' | 'change_request' | 'product_idea' | 'course_booking' | 'consultancy' | 'contact_order' | '')[];
        /** @description Company id (staff only; ignored for customers). An unknown company is refused (422 `unknown_company`). */
        company?: string;
        /** @description Only cases whose first-response deadline was breached (true) or not (false). */
        breached?: 'true' | 'false' | '1' | '0' | 'on' | '';
        /** @description Only open (true) or only closed/withdrawn (false) cases. */
        open?: 'true' | 'false' | '1' | '0' | 'on' | '';
        /** @description Staff: only cases you hold or registered. */
        mine?: 'true' | 'false' | '1' | '0' | 'on' | '';
        /** @description Staff: only cases nobody owns (true), or only owned ones (false). */
        unassigned?: 'true' | 'false' | '1' | '0' | 'on' | '';
        /** @description Staff: only the cases this member of staff (their id) holds. */
        owner?: number;
        /** @description Full-text search (Danish and English stemming; web-search syntax: "a phrase", or, -word) over the title, description and messages — for staff also internal notes and attachment names; `#1042` (or `1042`) also matches that case number. The newest 250 matches within the other filters are ranked (ts_rank, best first; see `capped`) and each item carries `search`. */
        q?: string;
        /** @description The order: `due` (the desk's queue order, the default: first-response due time, then the desk's own cases before those waiting on the customer, each by its next deadline), `received`, `company`, `owner`, `status` (along the life of a case), `type`, or `next` (the desk's next step: whose move it is, then the step, then its deadline); `-` first for the other way. A search (`q`) is ranked instead. */
        sort?:
          'due' | '-due' | 'received' | '-received' | 'company' | '-company' | 'owner' | '-owner' | 'status' | '-status' | 'type' | '-type' | 'next' | '-next';
        page?: number;
        pageSize?: number;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of cases. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePage'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCase'];
      };
    };
    responses: {
      /** @description The new case (status `received`, first-response due time and coverage set). */
      201: {
        headers: {
          Location?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case. */
      200: {
        headers: {
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  caseAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
        action: components['schemas']['Action'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json':
          | components['schemas']['AcknowledgeInput']
          | components['schemas']['QualifyInput']
          | components['schemas']['SplitInput']
          | components['schemas']['AskCustomerInput']
          | components['schemas']['ReplyInput']
          | components['schemas']['OfferTrainingInput']
          | components['schemas']['AcceptTrainingInput']
          | components['schemas']['DeclineTrainingInput']
          | components['schemas']['WithdrawTrainingInput']
          | components['schemas']['ReclassifyInput']
          | components['schemas']['MarkNotUnderstoodInput']
          | components['schemas']['ReturnQuestionInput']
          | components['schemas']['RoughEstimateInput']
          | components['schemas']['RequestQuoteInput']
          | components['schemas']['QuoteInput']
          | components['schemas']['ReleaseQuoteInput']
          | components['schemas']['ReturnQuoteInput']
          | components['schemas']['WithdrawQuoteInput']
          | components['schemas']['AcceptQuoteInput']
          | components['schemas']['RejectQuoteInput']
          | components['schemas']['WithdrawInput']
          | components['schemas']['LogTimeInput']
          | components['schemas']['StartWorkInput']
          | components['schemas']['ResolveInput']
          | components['schemas']['DeliverInput']
          | components['schemas']['DeclineInput']
          | components['schemas']['BacklogInput']
          | components['schemas']['ReopenInput']
          | components['schemas']['CloseInput']
          | components['schemas']['TakeInput']
          | components['schemas']['AssignInput']
          | components['schemas']['RecordContactAgreementInput']
          | components['schemas']['UnassignInput']
          | components['schemas']['OfferInput']
          | components['schemas']['AcceptOfferInput']
          | components['schemas']['RateInput']
          | components['schemas']['AddFollowerInput']
          | components['schemas']['RemoveFollowerInput']
          | components['schemas']['RejectOfferInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_acknowledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgeInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_qualify: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['QualifyInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_split: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SplitInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_ask_customer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AskCustomerInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_reply: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplyInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_offer_training: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfferTrainingInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_accept_training: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AcceptTrainingInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_decline_training: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['DeclineTrainingInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_withdraw_training: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['WithdrawTrainingInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_reclassify: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReclassifyInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_mark_not_understood: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkNotUnderstoodInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_return_question: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnQuestionInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_rough_estimate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoughEstimateInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_request_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RequestQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_release_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ReleaseQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_return_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_withdraw_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['WithdrawQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_accept_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AcceptQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_reject_quote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RejectQuoteInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['WithdrawInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_log_time: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogTimeInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_start_work: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StartWorkInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_resolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_deliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliverInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_decline: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclineInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_backlog: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BacklogInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_reopen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CloseInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_take: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['TakeInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_assign: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_record_contact_agreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordContactAgreementInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_unassign: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UnassignInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_offer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfferInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_accept_offer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AcceptOfferInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_rate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RateInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_add_follower: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddFollowerInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_remove_follower: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemoveFollowerInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  case_reject_offer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RejectOfferInput'];
      };
    };
    responses: {
      /** @description The updated case. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see), or no such action. */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged. Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
        /** @description The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check. */
        'If-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewMessage'];
        'multipart/form-data': {
          body: string;
          /** @enum {string} */
          internal?: 'true' | 'false' | 'on' | 'off' | '1' | '0';
          /** @description An e-mail address as the pattern says. */
          to?: string;
          attachments?: string[];
        };
      };
    };
    responses: {
      /** @description The case with the new timeline entry. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description A strong ETag `"<version>-<digest>"`: the case's `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied). */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description The body could not be read. Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case (or not one you may see). */
      404: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case's state does not allow it (e.g. a reply on a closed case). Or: The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The upload is too large (more than one file over the limit, or a file over four times the size limit). */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is neither JSON nor multipart/form-data. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input (e.g. a file of a type or size that is not allowed). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCaseTimeline: {
    parameters: {
      query?: {
        /** @description Entries per page. */
        limit?: number;
        /** @description The `next` of the page before (an opaque cursor); leave out for the newest entries. A cursor this case did not give out is refused (422 `timeline_cursor`). */
        before?: string;
      };
      header?: {
        /** @description The ETag of an answer you hold: 304 (no body) when it is still current. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The case number. */
        number: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the timeline. */
      200: {
        headers: {
          /** @description A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelinePage'];
        };
      };
      /** @description Not modified (If-None-Match). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No valid bearer token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such case, or not one you may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `limit` or `before` is not valid (the field is named). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected error (with a reference). */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  inboundMail: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header `Idempotent-Replayed: true`); the same key with a different request (another path or body) is refused with 422 (`fields: {"Idempotency-Key": "idempotency_key_reused"}`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept 24 hours; answers of 500 or more are not kept (the key may be used again). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InboundMail'];
        'message/rfc822': string;
      };
    };
    responses: {
      /** @description A reply added to a case, the mail was rejected, or the mail was handed over before. */
      200: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailOutcome'];
        };
      };
      /** @description A new case. */
      201: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailOutcome'];
        };
      };
      /** @description Stored; it is processed as soon as the case process is reachable. */
      202: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailOutcome'];
        };
      };
      /** @description The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted). Or: the Idempotency-Key is not 1–255 visible ASCII characters. */
      400: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid, expired or revoked bearer token. */
      401: {
        headers: {
          'WWW-Authenticate'?: string;
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this. */
      403: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The first request with this Idempotency-Key is still running; retry in a moment. */
      409: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than 100 kB. */
      413: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported. */
      415: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`). */
      422: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrors'];
        };
      };
      /** @description Unexpected failure (logged with the reference). */
      500: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`. */
      503: {
        headers: {
          /** @description Present when this is the stored answer of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
