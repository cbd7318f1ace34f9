// Configuration from the environment, validated once at start with one clear line per bad value.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { parseEmbedOrigins } from '../domain/embed-origins.js';
import { jwksUrlProblem } from '../domain/jwks-url.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z
    .string()
    .superRefine((v, ctx) => {
      const problem = jwksUrlProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  AUTH_ISSUER: z.string().min(1).default('usage-insights'),
  AUTH_AUDIENCE: z.string().min(1).default('usage-insights'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  RETENTION_DAYS: z.coerce.number().int().min(40).max(3650).default(400),
  // 0: hourly rollup rows kept for good; else at least RETENTION_DAYS (checked below).
  HOURLY_RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(0),
  PLANS_FILE: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Usage Insights <reports@localhost>'),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_KEY_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  // false (default), true, or the proxies' addresses/CIDRs, comma separated.
  TRUST_PROXY: z
    .string()
    .transform((v) =>
      v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim()),
    )
    .refine(
      (v) => typeof v === 'boolean' || v.every((a) => ipaddr.isValid(a) || isCidr(a)),
      'must be true, false, or addresses/CIDRs of the proxies, comma separated',
    )
    .default(false),
  HISTORY_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(5000),
  CACHE_MAX_MB: z.coerce.number().int().min(0).max(1_048_576).default(256),
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  // pgbouncer: no startup options (transaction pooling does not pass them on).
  DATABASE_POOLER: z.enum(['none', 'pgbouncer']).default('none'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  INGEST_STREAM_URL: z
    .string()
    .regex(
      /^(nats|tls):\/\/[^,\s]+(,(nats|tls):\/\/[^,\s]+)*$/,
      'must be nats:// or tls:// URLs, comma separated',
    )
    .optional(),
  INGEST_STREAM_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -')
    .default('usage-insights-events'),
  // Exact origins of the host apps that may frame /embed and call the API from the browser.
  EMBED_ALLOWED_ORIGINS: z
    .string()
    .transform((v, ctx) => {
      const r = parseEmbedOrigins(v);
      if ('origins' in r) return r.origins;
      ctx.addIssue({ code: 'custom', message: r.problem });
      return z.NEVER;
    })
    .default([]),
  TELEMETRY: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A streaming replica for history, analytics and exports (the primary when it lags the caller). */
  databaseReadUrl: string | undefined;
  /** The server is reached through PgBouncer in transaction pooling mode. */
  pgbouncer: boolean;
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  issuer: string;
  audience: string;
  logLevel: (typeof LOG_LEVELS)[number];
  retentionDays: number;
  /** Hourly rollup rows are deleted after this many days (by whole local months); 0 keeps them. */
  hourlyRetentionDays: number;
  plansFile: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Signs links that act without a sign-in (unsubscribe). */
  signingKey: string;
  rateLimits: {
    perUser: { perMinute: number; burst: number };
    perKey: { perMinute: number; burst: number };
  };
  /** History answers kept in memory per process (0: none). */
  historyCacheEntries: number;
  /** Unauthenticated and failed-auth requests per client address. */
  anonymousLimit: { perMinute: number; burst: number };
  /** Proxies whose X-Forwarded-For gives the client address: none, all, or these. */
  trustProxy: boolean | string[];
  /** Bytes all in-memory caches of a process may hold together (0: none). */
  cacheMaxBytes: number;
  /** Let webhooks call private and loopback addresses (internal deployments, tests). */
  webhookAllowPrivate: boolean;
  /** Jobs one process runs at once on a PostgreSQL server (the embedded database runs one). */
  workerConcurrency: number;
  /** /metrics on the main port for this bearer token (absent: not served there). */
  metricsToken: string | undefined;
  /** /metrics on its own port (same host), e.g. reachable only inside the cluster. */
  metricsPort: number | undefined;
  /** NATS JetStream in front of the database for ingestion (absent: ingestion writes directly). */
  ingestStream: { url: string; name: string } | undefined;
  /** Host apps that may embed the dashboard (frame /embed, call the API cross-origin); none by default. */
  embedAllowedOrigins: string[];
  /** Whether the dashboard's own-use telemetry is recorded (TELEMETRY=off: nothing is). */
  telemetry: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Every hour still backed by raw events keeps its hourly row: reads of those hours use it.
  if (e.HOURLY_RETENTION_DAYS > 0 && e.HOURLY_RETENTION_DAYS < e.RETENTION_DAYS)
    throw new ConfigError(
      `Invalid configuration:\n  HOURLY_RETENTION_DAYS: must be 0 (kept for good) or at least RETENTION_DAYS (${e.RETENTION_DAYS})`,
    );
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    pgbouncer: e.DATABASE_POOLER === 'pgbouncer',
    jwtSecret:
      e.AUTH_JWT_SECRET ?? (e.AUTH_JWKS_URL ? undefined : storedSecret(dataDir, !!e.DATABASE_URL)),
    jwksUrl: e.AUTH_JWKS_URL,
    issuer: e.AUTH_ISSUER,
    audience: e.AUTH_AUDIENCE,
    logLevel: e.LOG_LEVEL,
    retentionDays: e.RETENTION_DAYS,
    hourlyRetentionDays: e.HOURLY_RETENTION_DAYS,
    plansFile: e.PLANS_FILE,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    signingKey: e.AUTH_JWT_SECRET ?? storedSecret(dataDir, false),
    rateLimits: {
      perUser: {
        perMinute: e.RATE_LIMIT_USER_PER_MINUTE,
        burst: Math.ceil(e.RATE_LIMIT_USER_PER_MINUTE / 5),
      },
      perKey: {
        perMinute: e.RATE_LIMIT_KEY_PER_MINUTE,
        burst: Math.ceil(e.RATE_LIMIT_KEY_PER_MINUTE / 5),
      },
    },
    historyCacheEntries: e.HISTORY_CACHE_ENTRIES,
    anonymousLimit: {
      perMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      burst: Math.max(10, Math.ceil(e.RATE_LIMIT_ANONYMOUS_PER_MINUTE / 2)),
    },
    trustProxy: e.TRUST_PROXY,
    cacheMaxBytes: e.CACHE_MAX_MB * 1024 * 1024,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
    workerConcurrency: e.WORKER_CONCURRENCY,
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    ingestStream: e.INGEST_STREAM_URL
      ? { url: e.INGEST_STREAM_URL, name: e.INGEST_STREAM_NAME }
      : undefined,
    embedAllowedOrigins: e.EMBED_ALLOWED_ORIGINS,
    telemetry: e.TELEMETRY === 'on',
  };
}

function isCidr(s: string): boolean {
  try {
    ipaddr.parseCIDR(s);
    return true;
  } catch {
    return false;
  }
}

// In embedded mode the secret is generated once and kept beside the data, so CLI and server agree.
function storedSecret(dataDir: string, server: boolean): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (server) {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_JWT_SECRET: required with DATABASE_URL (or set AUTH_JWKS_URL), unless DATA_DIR holds jwt-secret',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}
