-- Why an inbound message was deliberately left unanswered (an auto-reply, a mailing list, a photo, ...).
alter table message add column skip_reason text;
-- Set when the platform refused delivery for good (e.g. the user blocked the bot); replies stop there.
alter table conversation add column blocked_at timestamptz;
