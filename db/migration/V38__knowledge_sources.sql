-- Knowledge sources (a website, an uploaded file), their pages and the passages answers are drawn from.
-- Passages keep their vectors so every instance loads them without embedding again.

create table knowledge_source (
    id             bigserial primary key,
    kind           text        not null check (kind in ('SITE', 'FILE')),
    url            text,
    file_name      text,
    content_type   text,
    content        bytea,
    status         text        not null default 'PENDING' check (status in ('PENDING', 'SYNCING', 'OK', 'FAILED')),
    error          text,
    pages          int         not null default 0,
    passages       int         not null default 0,
    sync_requested timestamptz default now(),
    last_sync      timestamptz,
    lease_owner    text,
    lease_until    timestamptz,
    created_at     timestamptz not null default now()
);

create table knowledge_page (
    id            bigserial primary key,
    source_id     bigint      not null references knowledge_source (id) on delete cascade,
    url           text        not null,
    title         text        not null,
    etag          text,
    last_modified text,
    links         text[]      not null default '{}',
    fetched_at    timestamptz not null default now(),
    unique (source_id, url)
);

create table knowledge_passage (
    id              bigserial primary key,
    page_id         bigint not null references knowledge_page (id) on delete cascade,
    position        int    not null,
    title           text   not null,
    headings        text   not null,
    url             text   not null,
    text            text   not null,
    embedding       bytea  not null,
    embedding_model text   not null
);
create index knowledge_passage_page on knowledge_passage (page_id);

-- Bumped on every change of passages; instances reload their index when it moves.
create table knowledge_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into knowledge_version values (1, 0);

-- Replies drawn from a passage without an LLM have a source of their own.
alter table message drop constraint message_source_check;
alter table message add constraint message_source_check
    check (source in ('FAQ', 'LLM', 'KNOWLEDGE', 'AGENT', 'SYSTEM'));
