// The case's search attributes: how ops find cases in the Temporal UI ("which cases are breaching
// today": ResponseDueAt < end of day AND CaseStatus = "received", or SlaBreached = true).
// No personal data here: numbers, ids and states only.
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair, type SearchAttributeUpdatePair } from '@temporalio/common';

type SearchAttributeKey = ReturnType<typeof defineSearchAttributeKey>;
import type { CaseView } from './messages.js';

export const CaseNumber = defineSearchAttributeKey('CaseNumber', SearchAttributeType.INT);
export const CompanyId = defineSearchAttributeKey('CompanyId', SearchAttributeType.KEYWORD);
export const CaseType = defineSearchAttributeKey('CaseType', SearchAttributeType.KEYWORD);
export const CaseStatus = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const Channel = defineSearchAttributeKey('Channel', SearchAttributeType.KEYWORD);
export const ResponseDueAt = defineSearchAttributeKey('ResponseDueAt', SearchAttributeType.DATETIME);
export const SlaBreached = defineSearchAttributeKey('SlaBreached', SearchAttributeType.BOOL);

/** Every custom search attribute the product needs registered on a Temporal namespace. */
export const CASE_SEARCH_ATTRIBUTE_KEYS: readonly SearchAttributeKey[] = [CaseNumber, CompanyId, CaseType, CaseStatus, Channel, ResponseDueAt, SlaBreached];

type Described = Pick<CaseView, 'number' | 'companyId' | 'type' | 'status' | 'channel' | 'responseDueAt' | 'slaBreached'>;

export function caseSearchAttributes(c: Described): SearchAttributeUpdatePair[] {
  return [
    { key: CaseNumber, value: c.number },
    { key: CompanyId, value: c.companyId },
    { key: CaseType, value: c.type },
    { key: CaseStatus, value: c.status },
    { key: Channel, value: c.channel },
    { key: ResponseDueAt, value: c.responseDueAt === null ? null : new Date(c.responseDueAt) },
    { key: SlaBreached, value: c.slaBreached },
  ] as SearchAttributeUpdatePair[];
}

/** The attributes a case starts with (set by whoever starts the workflow, so it is findable at once). */
export function initialCaseSearchAttributes(c: Omit<Described, 'status' | 'responseDueAt' | 'slaBreached'>): SearchAttributePair[] {
  return caseSearchAttributes({ ...c, status: 'received', responseDueAt: null, slaBreached: false }).filter((p) => p.value !== null) as SearchAttributePair[];
}
