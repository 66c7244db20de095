-- A conversation handed to a person: open until an agent resolves it or hands it back.
create table handoff (
    id              bigserial primary key,
    conversation_id bigint      not null references conversation (id),
    reason          text        not null,
    opened_at       timestamptz not null default now(),
    resolved_at     timestamptz,
    resolved_by     text,
    -- where the agents' desk tracks it, e.g. the Slack channel and thread ts
    desk_ref        text
);
create unique index handoff_one_open on handoff (conversation_id) where resolved_at is null;

-- When the bot offered a person (after a thumbs-down), so that a "yes" that follows accepts the offer.
alter table conversation add column human_offered_at timestamptz;
-- Who on the team wrote an AGENT message.
alter table message add column agent text;

-- An agent's answer to a customer question, proposed as a new FAQ entry; never published by itself.
create table faq_candidate (
    id              bigserial primary key,
    question        text        not null,
    answer          text        not null,
    conversation_id bigint      references conversation (id),
    reply_id        bigint      references message (id),
    agent           text,
    -- the first candidate of its group of near-duplicate questions (itself for the first)
    group_id        bigint,
    embedding       bytea,
    embedding_model text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    faq_entry_id    bigint      references faq_entry (id) on delete set null,
    created_at      timestamptz not null default now(),
    decided_at      timestamptz
);
create index faq_candidate_pending on faq_candidate (group_id) where status = 'PENDING';
