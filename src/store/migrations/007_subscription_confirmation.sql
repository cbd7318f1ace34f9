-- Reports go to the address on file, or to another address only after it confirmed (double opt-in).
ALTER TABLE report_subscriptions ADD COLUMN confirmed_at timestamptz;

-- Earlier subscriptions to the address on file count as confirmed; any other address must confirm.
UPDATE report_subscriptions s SET confirmed_at = s.created_at
FROM users u
WHERE u.user_id = s.user_id AND lower(u.email) = lower(s.email);

-- Mail a user can cause on demand (test sends, confirmation requests), counted per UTC day.
CREATE TABLE mail_quota (
  user_id text NOT NULL,
  kind text NOT NULL,
  day date NOT NULL,
  used int NOT NULL,
  PRIMARY KEY (user_id, kind, day)
);
