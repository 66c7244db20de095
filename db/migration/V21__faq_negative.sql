-- A customer question whose FAQ answer got a thumbs-down and that an agent then answered differently: the
-- retriever no longer offers that entry for the same question (or a near-identical one).
create table faq_negative (
    id              bigserial primary key,
    entry_id        bigint      not null references faq_entry (id) on delete cascade,
    question        text        not null,
    embedding       bytea,
    embedding_model text,
    conversation_id bigint,
    created_at      timestamptz not null default now(),
    unique (entry_id, question)
);
