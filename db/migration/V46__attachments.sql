-- Files customers send (photos, documents, voice notes), kept in PostgreSQL with the message they came with, so
-- that every instance serves them and a backup, an export and an erasure cover them like any other row.

-- A file checked and kept; or refused (too large, a type not allowed, unreadable), then without content and with
-- the reason, so that a person sees that something was sent.
create table attachment (
    id              bigserial   primary key,
    message_id      bigint      not null references message (id) on delete cascade,
    conversation_id bigint      not null references conversation (id) on delete cascade,
    ordinal         int         not null default 0,
    client          text        not null,
    name            text        not null,
    media_type      text,
    size_bytes      bigint      not null,
    sha256          text,
    content         bytea,
    refused         text,
    created_at      timestamptz not null default now(),
    unique (message_id, ordinal),
    check ((content is null) = (refused is not null))
);
create index attachment_conversation on attachment (conversation_id);
create index attachment_client on attachment (client) where content is not null;

-- A file announced with an inbound message and not taken in yet: a platform's media to download (with retries),
-- or bytes in hand waiting for their message to be stored. Registered before the message, so a crash in between
-- leaves the file to be collected rather than lost.
create table attachment_due (
    id            bigserial   primary key,
    channel       text        not null,
    event_id      text        not null,
    ordinal       int         not null default 0,
    client        text,
    kind          text        not null,
    name          text,
    declared_type text,
    declared_size bigint,
    remote_ref    text,
    content       bytea,
    attempts      int         not null default 0,
    next_at       timestamptz not null default now(),
    last_error    text,
    created_at    timestamptz not null default now(),
    unique (channel, event_id, ordinal),
    check ((remote_ref is null) <> (content is null))
);
create index attachment_due_next on attachment_due (next_at);
