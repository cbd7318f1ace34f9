-- The language of a subscription's reports (issue 17 §6): the locale tag the subscriber's
-- dashboard had ("de", "en-GB"); null: English, as every report was before.
ALTER TABLE report_subscriptions ADD COLUMN locale text;
