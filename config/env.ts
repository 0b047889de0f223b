// The process configuration, read from the environment and validated once at start-up.
// Every external piece has an embedded default: leave DATABASE_URL / TEMPORAL_ADDRESS unset and
// `npm start` runs its own PostgreSQL and Temporal dev server.
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';
import { attachmentEnv } from './attachments.js';

const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'on', 'yes'].includes(v)));
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const parsed = parseTrustProxy(raw);
    if (typeof parsed === 'object' && !Array.isArray(parsed) && parsed !== null) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  });
/** on/off, or `auto`: secure cookies (and HSTS) exactly when the request came over HTTPS (per the trusted proxy). */
const cookieSecure = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', 'auto', ''])
    .optional()
    .transform((v): boolean | 'auto' => (v === 'auto' ? 'auto' : v === undefined || v === '' ? fallback : ['1', 'true', 'on', 'yes'].includes(v)));
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

function schema(production: boolean) {
  return z.object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port(3000),
    HOST: z.string().default(production ? '0.0.0.0' : '127.0.0.1'),
    PUBLIC_URL: optional,
    DATA_DIR: z.string().default('.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optional,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    EMBEDDED_POSTGRES_PORT: port(0),
    EMBEDDED_POSTGRES_DIR: optional,
    TEMPORAL_ADDRESS: optional,
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_API_KEY: optional,
    TEMPORAL_TLS: flag(false),
    TEMPORAL_TLS_CERT: optional,
    TEMPORAL_TLS_KEY: optional,
    TEMPORAL_TLS_CA: optional,
    TEMPORAL_TLS_SERVER_NAME: optional,
    TEMPORAL_PORT: port(7233),
    TEMPORAL_UI_PORT: port(8233),
    TEMPORAL_TASK_QUEUE: z.string().default('service-desk'),
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(1000),
    /** A case's run continues as new after this many Updates (Temporal refuses the 2 000th; docs/long-cases.md). */
    CASE_RUN_MAX_UPDATES: z.coerce.number().int().min(2).max(1900).default(1000),
    /** … or this many history events (Temporal's hard limit is 51 200). */
    CASE_RUN_MAX_EVENTS: z.coerce.number().int().min(50).max(40000).default(2000),
    WORKFLOW_BUNDLE: optional,
    SESSION_SECRET: production ? z.string().min(32, 'SESSION_SECRET must be at least 32 characters in production') : optional,
    /** Master keys of the payload codec (`id:base64key,…`; the first encrypts); generated into DATA_DIR when unset outside production. */
    PAYLOAD_KEYS: production
      ? z.string().min(1, 'PAYLOAD_KEYS is required in production (id:base64 of 32 bytes, e.g. k1:$(openssl rand -base64 32))')
      : optional,
    /** Origins allowed to call /codec/encode and /codec/decode from a browser (a Temporal Web UI), comma-separated; default the embedded UI's. */
    CODEC_CORS_ORIGINS: optional,
    /** Texts and files of cases closed longer ago than this are removed by the nightly retention run. */
    RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(60),
    DEMO_DATA: flag(!production),
    SMTP_URL: optional,
    MAIL_DISPATCH: flag(true),
    MAIL_FROM: z.string().default('Service Desk <support@desk.test>'),
    MAIL_INBOUND: flag(true),
    MAIL_SMTP_PORT: port(2525),
    MAIL_SMTP_HOST: z.string().default('127.0.0.1'),
    MAIL_SMTP_AUTH: optional.refine((v) => v === undefined || /^[^:]+:.{8,}$/.test(v), 'MAIL_SMTP_AUTH is user:password (a password of at least 8 characters)'),
    MAIL_SMTP_TLS_KEY: optional,
    MAIL_SMTP_TLS_CERT: optional,
    MAIL_INBOUND_ADDRESSES: optional,
    MAIL_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .default(40 * 1024 * 1024),
    MAIL_GATEWAY_TOKEN: optional.refine((v) => v === undefined || v.length >= 32, 'MAIL_GATEWAY_TOKEN must be at least 32 characters'),
    MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
    MAIL_SWEEP_SECONDS: z.coerce.number().int().min(1).default(30),
    IMAP_URL: optional,
    IMAP_PROCESSED_FOLDER: optional,
    IMAP_POLL_SECONDS: z.coerce.number().int().min(1).default(60),
    COOKIE_SECURE: cookieSecure(production),
    TRUST_PROXY: trustProxy,
    API_TOKEN_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(24 * 30),
    /** Who must sign in with a second factor: staff (agents, desk managers), all, or off (issue 25; docs/sign-in.md). */
    REQUIRE_2FA: z.enum(['staff', 'all', 'off']).default(production ? 'staff' : 'off'),
    /** Single sign-on for staff with OpenID Connect: the provider's issuer URL and this desk's client. */
    OIDC_ISSUER: optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), "OIDC_ISSUER is the provider's issuer URL (https://…)"),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    /** Files per request or message, and megabytes per file (config/attachments.ts). */
    ...attachmentEnv,
    /** X-Statement-Count on every response (the statement-budget test); off: pg is not hooked at all. */
    STATEMENT_COUNT: flag(false),
    /** A file to append the SQL of requests marked `X-Statement-Log` to (the benchmark). */
    STATEMENT_LOG: optional,
  });
}

export type AppEnv = z.output<ReturnType<typeof schema>>;

/** The name of every setting the product reads (a tool that starts the product with given settings clears the rest). */
export const ENV_NAMES: readonly string[] = Object.keys(schema(false).shape);

/** Names the single sign-on variable that is missing when only some of the three are set, else null. */
function ssoProblem(env: AppEnv): string | null {
  const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (set === 0 || set === 3) return null;
  return '  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: single sign-on needs all three';
}

/** Reads and validates the environment; throws one readable error naming every bad variable. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const parsed = schema(env.NODE_ENV === 'production').safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const sso = ssoProblem(parsed.data);
  if (sso) throw new Error(`Invalid configuration in the environment:\n${sso}`);
  return parsed.data;
}

/** The desk's own mail address (MAIL_FROM's address part), lower-cased. */
export function deskAddress(env: AppEnv): string {
  const m = /<([^>]+)>/.exec(env.MAIL_FROM);
  return (m ? m[1] : env.MAIL_FROM).trim().toLowerCase();
}

/** Every address inbound mail is accepted for: the desk address and MAIL_INBOUND_ADDRESSES. */
export function deskAddresses(env: AppEnv): string[] {
  const extra = (env.MAIL_INBOUND_ADDRESSES ?? '').split(',').map((a) => a.trim().toLowerCase());
  return [...new Set([deskAddress(env), ...extra.filter((a) => a.includes('@'))])];
}

/** The domain of the desk address: the right side of every Message-ID the desk writes. */
export function deskDomain(env: AppEnv): string {
  return deskAddress(env).split('@')[1] || 'desk.invalid';
}

export function publicUrl(env: AppEnv): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
}
