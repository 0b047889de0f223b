// Workflow histories to and from the JSON format of `temporal workflow show --output json` (proto3
// JSON). The SDK's own historyToJSON / historyFromJSON (@temporalio/common/lib/proto-utils) fail in
// this install with "type must be a Type": npm keeps two copies of protobufjs 8 (one under
// @temporalio/common, one under @temporalio/proto, because @grpc/proto-loader holds protobufjs 7 at
// the top), and the message types come from the other copy. So the ProtoJSON codec is taken from
// the very copy @temporalio/proto uses — which is right whether or not npm dedupes them.
import { createRequire } from 'node:module';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import type * as TemporalProto from '@temporalio/proto';

interface ProtoJsonType {
  lookupType(name: string): unknown;
}
interface ProtoJson {
  toJson(type: unknown, message: unknown): unknown;
  fromJson(type: unknown, json: unknown, options?: { ignoreUnknownFields?: boolean }): unknown;
}

const require = createRequire(import.meta.url);
const proto = require('@temporalio/proto') as typeof TemporalProto;
const fromProto = createRequire(require.resolve('@temporalio/proto'));
const protojson = fromProto('protobufjs/ext/protojson') as ProtoJson;
const { patchProtobufRoot } = require('@temporalio/proto/lib/patch-protobuf-root') as { patchProtobufRoot<T>(root: T): T & ProtoJsonType };
const historyType = patchProtobufRoot(proto).lookupType('temporal.api.history.v1.History');

/** A history as proto3 JSON text (what `temporal workflow show --output json` writes). */
export function historyToJson(history: History): string {
  const message = proto.temporal.api.history.v1.History.fromObject(history as Record<string, unknown>);
  return JSON.stringify(protojson.toJson(historyType, message), null, 2);
}

/** A History message from proto3 JSON text, ready for Worker.runReplayHistories. */
export function historyFromJson(text: string): History {
  const history = protojson.fromJson(historyType, JSON.parse(text), { ignoreUnknownFields: true }) as History | null;
  if (!history?.events?.length) throw new TypeError('not a workflow history (no events)');
  return history;
}
