-- The language of a user's alert messages and alert emails (issue 17 §6): the locale tag of the
-- dashboard that last saved the alert settings ("de", "en-GB"); null: English, as before.
ALTER TABLE alert_settings ADD COLUMN locale text;
