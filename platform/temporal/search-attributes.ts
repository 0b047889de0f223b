import { SearchAttributeType } from '@temporalio/common';
import { CASE_SEARCH_ATTRIBUTE_KEYS } from '../../workflows/search-attributes.js';
import type { Connection } from '@temporalio/client';

/** Type names as the Temporal CLI spells them (`--search-attribute Name=Type`). */
export type CliSearchAttributeType = 'Int' | 'Keyword' | 'Datetime' | 'Bool';

export interface CaseSearchAttribute {
  readonly name: string;
  readonly type: CliSearchAttributeType;
}

const CLI_TYPE: Partial<Record<SearchAttributeType, CliSearchAttributeType>> = {
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.BOOL]: 'Bool',
};

/** The case search attributes (defined once, in workflows/search-attributes.ts), as name and type. */
export const CASE_SEARCH_ATTRIBUTES: readonly CaseSearchAttribute[] = CASE_SEARCH_ATTRIBUTE_KEYS.map((k) => ({ name: k.name, type: CLI_TYPE[k.type]! }));

/** temporal.api.enums.v1.IndexedValueType numbers (stable proto enum). */
const INDEXED_VALUE_TYPE: Record<CliSearchAttributeType, number> = { Keyword: 2, Int: 3, Bool: 5, Datetime: 6 };
const GRPC_ALREADY_EXISTS = 6;
const GRPC_UNIMPLEMENTED = 12;

/** `--search-attribute Name=Type` arguments for `temporal server start-dev`. */
export function searchAttributeCliArgs(): string[] {
  return CASE_SEARCH_ATTRIBUTES.flatMap((a) => ['--search-attribute', `${a.name}=${a.type}`]);
}

/**
 * Adds the case search attributes that `namespace` does not have yet (idempotent).
 * Returns the names that were added. Used for the time-skipping test server and real clusters.
 * The Java test server does not implement ListSearchAttributes: there every attribute is added
 * and ALREADY_EXISTS answers are ignored.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  let known = new Set<string>();
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    known = new Set(Object.keys({ ...existing.customAttributes, ...existing.systemAttributes }));
  } catch (err) {
    if (grpcCode(err) !== GRPC_UNIMPLEMENTED) throw err;
  }
  const added: string[] = [];
  for (const a of CASE_SEARCH_ATTRIBUTES.filter((x) => !known.has(x.name))) {
    // One at a time, so an attribute registered concurrently does not hide the others.
    try {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: { [a.name]: INDEXED_VALUE_TYPE[a.type] },
      });
      added.push(a.name);
    } catch (err) {
      if (grpcCode(err) !== GRPC_ALREADY_EXISTS) throw err;
    }
  }
  return added;
}

const grpcCode = (err: unknown) => (err as { code?: unknown } | undefined)?.code;
