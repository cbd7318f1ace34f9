// Personal API keys: read-only, shown once, stored as a hash, revoked on the next request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { lockUserFor } from '../store/queries/user-lock.js';
import { apiKeyHash } from '../store/queries/api-keys/api-key-hash.js';
import { countLiveApiKeys } from '../store/queries/api-keys/count-live-api-keys.js';
import { insertApiKey } from '../store/queries/api-keys/insert-api-key.js';
import { listApiKeyRows } from '../store/queries/api-keys/list-api-key-rows.js';
import { revokeApiKeyRow } from '../store/queries/api-keys/revoke-api-key-row.js';
import { touchApiKey } from '../store/queries/api-keys/touch-api-key.js';
import type { Call } from './context.js';
import { AppError } from './errors.js';
import type { Principal } from './tokens.js';
import { refusal } from '../domain/i18n/reasons.js';
import { userIdSchema } from '../domain/events.js';

const MAX_KEYS = 25;
const PREFIX = 'uik_';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface ApiKeyView {
  id: string;
  name: string;
  scope: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Creates a read key for the user and returns it with its secret, which is never shown again. */
export async function createApiKey({
  ctx,
  input,
}: Call<{ userId: string; name: string }>): Promise<ApiKeyView & { key: string }> {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  // The user id travels in the key so lookups use the (user_id, key_id) primary key.
  const key = `${PREFIX}${Buffer.from(input.userId).toString('base64url')}.${keyId}.${secret}`;
  await ctx.db.transaction(async (tx) => {
    await ensureUsers(tx, [input.userId]);
    // Count and insert under the user's lock: parallel requests cannot all see room for one more.
    await lockUserFor(tx, 'api-keys', input.userId);
    if ((await countLiveApiKeys(tx, input.userId)) >= MAX_KEYS)
      throw new AppError('conflict', refusal('atMostKeys', { max: MAX_KEYS }));
    await insertApiKey(tx, input.userId, keyId, input.name, sha256(secret));
  });
  const [row] = (await listApiKeyRows(ctx.db, input.userId)).filter((k) => k.keyId === keyId);
  return { ...view(row!), key };
}

/** The user's live keys, without secrets. */
export async function listApiKeys({ ctx, input }: Call<{ userId: string }>): Promise<ApiKeyView[]> {
  return (await listApiKeyRows(ctx.db, input.userId)).map(view);
}

/** Revokes a key of the user; another user's key is "not found", exactly like a missing one. */
export async function revokeApiKey({
  ctx,
  input,
}: Call<{ userId: string; keyId: string }>): Promise<void> {
  if (!(await revokeApiKeyRow(ctx.db, input.userId, input.keyId)))
    throw new AppError('not_found', refusal('noSuchKey'));
}

/** True when a bearer value has the shape of an API key rather than a JWT. */
export const isApiKey = (token: string) => token.startsWith(PREFIX);

/** Resolves an API key to its user with scope read; unknown, revoked or malformed keys are unauthorized. */
export async function authenticateApiKey({
  ctx,
  input,
}: Call<{ key: string }>): Promise<Principal> {
  const deny = () => new AppError('unauthorized', 'invalid API key');
  const [user64, keyId, secret] = input.key.slice(PREFIX.length).split('.');
  if (!user64 || !keyId || !secret || !/^[0-9a-f]{12}$/.test(keyId)) throw deny();
  const userId = Buffer.from(user64, 'base64url').toString('utf8');
  // A decoded id that no user can have (a NUL, a lone surrogate) is refused before any query.
  if (!userIdSchema.safeParse(userId).success) throw deny();
  const stored = await apiKeyHash(ctx.db, userId, keyId);
  if (!stored || !timingSafeEqual(Buffer.from(stored), Buffer.from(sha256(secret)))) throw deny();
  // Only a key whose secret matched is recorded as used: a guess must not move last_used_at.
  await touchApiKey(ctx.db, userId, keyId);
  return { subject: userId, scopes: new Set(['read']), via: 'api-key', keyId };
}

function view(r: {
  keyId: string;
  name: string;
  scope: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}): ApiKeyView {
  return {
    id: r.keyId,
    name: r.name,
    scope: r.scope,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  };
}
