-- Dialogue acts: what an inbound message did as an act of the conversation (GREETING, THANKS, NOT_HELPED, ...; null
-- for a question), and when the customer last confirmed that the bot's answer resolved their question ("thanks,
-- that worked" right after it). Both are read by the analytics' resolution counts.
alter table message add column act text;
alter table conversation add column confirmed_at timestamptz;
