// How to reach Temporal: the embedded dev server, a self-hosted cluster, or Temporal Cloud
// (TEMPORAL_ADDRESS + TEMPORAL_NAMESPACE, with TEMPORAL_API_KEY or mTLS files).
import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';
import type { AppEnv } from '../../config/env.js';
import { TemporalBreaker } from './resilience.js';
import { idempotentUpdates } from './idempotent-updates.js';

export interface TemporalTarget {
  address: string;
  namespace: string;
  apiKey?: string;
  tls?: { serverName?: string; cert?: Buffer; key?: Buffer; ca?: Buffer } | false;
}

export function temporalTarget(env: AppEnv, address: string): TemporalTarget {
  const read = (file?: string) => (file ? readFileSync(file) : undefined);
  const mtls = env.TEMPORAL_TLS_CERT && env.TEMPORAL_TLS_KEY;
  const tls =
    env.TEMPORAL_TLS || mtls || env.TEMPORAL_API_KEY
      ? {
          serverName: env.TEMPORAL_TLS_SERVER_NAME,
          cert: read(env.TEMPORAL_TLS_CERT),
          key: read(env.TEMPORAL_TLS_KEY),
          ca: read(env.TEMPORAL_TLS_CA),
        }
      : false;
  return { address, namespace: env.TEMPORAL_NAMESPACE, apiKey: env.TEMPORAL_API_KEY, tls };
}

function tlsOptions(t: TemporalTarget) {
  if (!t.tls) return undefined;
  const { serverName, cert, key, ca } = t.tls;
  return {
    ...(serverName ? { serverNameOverride: serverName } : {}),
    ...(ca ? { serverRootCACertificate: ca } : {}),
    ...(cert && key ? { clientCertPair: { crt: cert, key } } : {}),
  };
}

/**
 * A client whose connection is made on first use (a process can start while Temporal is down) and
 * that fails fast while Temporal stays unreachable (platform/temporal/resilience.ts). A lost
 * server is reconnected to within 2 s of its return, not after gRPC's default backoff of up to 2 min.
 * An Update sent for a request with an Idempotency-Key carries an id derived from it (idempotent-updates.ts).
 * The product's clients pass the payload codec's data converter (platform/temporal/codec/data-converter.ts).
 */
export function connectClient(t: TemporalTarget, dataConverter?: DataConverter, breaker = new TemporalBreaker()): Client {
  const connection = Connection.lazy({
    address: t.address,
    tls: tlsOptions(t),
    apiKey: t.apiKey,
    interceptors: breaker.interceptors(),
    channelArgs: { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 2_000 },
  });
  return new Client({ connection, namespace: t.namespace, dataConverter, interceptors: { workflow: [idempotentUpdates()] } });
}

export function connectWorkerConnection(t: TemporalTarget): Promise<NativeConnection> {
  return NativeConnection.connect({ address: t.address, tls: tlsOptions(t), apiKey: t.apiKey });
}
