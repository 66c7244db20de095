-- The conversation's language (a served language's code, e.g. 'de'), set from its first messages and kept; null until
-- one is known, which reads as the shop's default language.
alter table conversation add column language text;
-- When the bot last acknowledged a message while the conversation waits for a person (one acknowledgement a burst),
-- and when the customer was last angry (a second angry message hands over).
alter table conversation add column acknowledged_at timestamptz;
alter table conversation add column angry_at timestamptz;
-- The language the customer's platform says they use (Telegram's language_code, the browser's language): a hint for
-- the conversation's language when the first messages are too short to tell.
alter table participant add column language text;
