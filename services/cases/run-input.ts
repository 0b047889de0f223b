// The input a case's latest run was started with, read from the first event of its history: its frozen
// terms, calendar and run limits (a reopen starts from them), and for a later run of its chain the case
// it carries (a stopped case is started again from it). A fetched history is not decoded, so the input
// passes the client's payload codecs (encrypted payloads) before the payload converter.
import type { CaseInput } from '../../workflows/messages.js';
import type { Services } from '../context.js';

/** The latest run's input, or null when its history has none. */
export async function latestRunInput(s: Services, workflowId: string): Promise<CaseInput | null> {
  const history = await s.temporal.workflow.getHandle(workflowId).fetchHistory();
  const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  if (!payload) return null;
  const { payloadConverter, payloadCodecs } = s.temporal.options.loadedDataConverter;
  let decoded = [payload];
  for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return payloadConverter.fromPayload<CaseInput>(decoded[0]!);
}
