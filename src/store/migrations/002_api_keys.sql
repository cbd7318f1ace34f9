-- Personal API keys. Only a SHA-256 of the secret is stored: a dump of this table holds no usable key.
CREATE TABLE api_keys (
  user_id text NOT NULL REFERENCES users (user_id),
  key_id text NOT NULL,
  name text NOT NULL,
  secret_sha256 text NOT NULL,
  scope text NOT NULL DEFAULT 'read' CHECK (scope = 'read'),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (user_id, key_id)
);
