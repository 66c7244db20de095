-- A satisfaction rating (CSAT, 1-5) asked once per conversation when a person resolves its handoff; the row
-- holds the request and, once the customer answers, the latest score (a second press changes it).
create table csat (
    id              bigserial primary key,
    conversation_id bigint      not null references conversation (id),
    handoff_id      bigint      references handoff (id),
    channel         text        not null,
    -- the agent who last wrote to the customer, else the one who resolved
    agent           text,
    resolved_by     text,
    requested_at    timestamptz not null default now(),
    expires_at      timestamptz not null,
    score           smallint check (score between 1 and 5),
    rated_at        timestamptz,
    participant_id  bigint      references participant (id),
    unique (conversation_id)
);
create index csat_rated on csat (rated_at) where score is not null;

-- The outbound message that asks for the rating: adapters render it with 1-5 buttons, chips or links.
alter table message add column csat_id bigint references csat (id);
