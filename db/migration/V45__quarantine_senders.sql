-- An erasure finds a customer's quarantined payloads by their id on the channel. Matching the id as a substring
-- of the payload also found other customers' (Telegram id 12345 inside 9123456). The core now stores the ids it
-- reads from the payload (Telegram from.id, Slack user, WhatsApp from, the mail's From and Reply-To, the web
-- session), lowercased; null when it could read none, and then an erasure matches the id as a whole token.
alter table quarantine add column senders text[];
