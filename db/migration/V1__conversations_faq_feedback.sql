-- One schema for every channel: conversations, participants, messages in and out,
-- feedback, the FAQ with stored embeddings, and the inbox of processed platform events.

create table participant (
    id               bigserial primary key,
    channel          text        not null,
    external_user_id text        not null,
    display_name     text,
    address          text,
    created_at       timestamptz not null default now(),
    unique (channel, external_user_id)
);

create table conversation (
    id             bigserial primary key,
    channel        text        not null,
    external_key   text        not null,
    status         text        not null default 'BOT' check (status in ('BOT', 'NEEDS_HUMAN', 'CLOSED')),
    participant_id bigint      references participant (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    closed_at      timestamptz
);
-- A key has at most one live conversation; closed ones stay for history.
create unique index conversation_live_key on conversation (channel, external_key) where status <> 'CLOSED';

create table faq_entry (
    id         bigserial primary key,
    question   text        not null,
    answer     text        not null,
    category   text,
    keywords   text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table faq_phrasing (
    id              bigserial primary key,
    entry_id        bigint      not null references faq_entry (id) on delete cascade,
    text            text        not null,
    -- little-endian float32 vector, unit length
    embedding       bytea,
    embedding_model text,
    unique (entry_id, text)
);

create table message (
    id                  bigserial primary key,
    conversation_id     bigint      not null references conversation (id),
    channel             text        not null,
    direction           text        not null check (direction in ('IN', 'OUT')),
    participant_id      bigint      references participant (id),
    text                text        not null,
    -- the platform's id of this message: inbound as received, outbound once delivered
    external_message_id text,
    raw                 text,
    -- outbound only
    reply_to_id         bigint      references message (id),
    source              text check (source in ('FAQ', 'LLM', 'AGENT', 'SYSTEM')),
    faq_entry_id        bigint      references faq_entry (id) on delete set null,
    score               real,
    suggestions         text,
    model               text,
    tokens_in           integer,
    tokens_out          integer,
    latency_ms          integer,
    delivery_status     text check (delivery_status in ('PENDING', 'SENT', 'FAILED')),
    delivery_attempts   integer     not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    -- inbound only: set once the pipeline has answered (or deliberately not answered) it
    handled_at          timestamptz,
    claimed_at          timestamptz,
    created_at          timestamptz not null default now()
);
create index message_conversation on message (conversation_id, id);
create index message_external on message (channel, external_message_id);
create index message_pending_delivery on message (next_attempt_at) where delivery_status = 'PENDING';
create index message_unhandled on message (created_at) where direction = 'IN' and handled_at is null;
create unique index message_one_reply on message (reply_to_id) where reply_to_id is not null and source in ('FAQ', 'LLM', 'SYSTEM');

create table feedback (
    id             bigserial primary key,
    message_id     bigint      not null references message (id) on delete cascade,
    participant_id bigint      not null references participant (id),
    vote           smallint    not null check (vote in (-1, 1)),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (message_id, participant_id)
);

-- Every platform delivery we have accepted; a second delivery of the same id is a no-op.
create table inbox (
    channel     text        not null,
    event_id    text        not null,
    received_at timestamptz not null default now(),
    message_id  bigint      references message (id),
    primary key (channel, event_id)
);

create table app_setting (
    key   text primary key,
    value text not null
);
