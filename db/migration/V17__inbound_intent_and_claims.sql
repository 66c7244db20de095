-- What an inbound message asks of the bot (a question, /start, a photo it cannot read, ...): the core answers each
-- intent with its own configurable text. Outbound rows leave it null.
alter table message add column intent text
    check (intent in ('QUESTION', 'START', 'HELP', 'RESET', 'HUMAN', 'NOT_TEXT', 'TOO_LONG'));
update message set intent = 'QUESTION' where direction = 'IN';

-- The claim of the worker answering an inbound message (claimed_at is its lease): only that claim may store the
-- answer, so a worker whose lease ran out and was taken over cannot answer a second time.
alter table message add column claim uuid;

-- The core's due work: inbound messages not yet handled. Workers claim from it with FOR UPDATE SKIP LOCKED.
create index message_due on message (id) where direction = 'IN' and handled_at is null;
create index message_due_by_channel on message (channel) where direction = 'IN' and handled_at is null;
