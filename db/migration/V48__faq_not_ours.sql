-- The owner's questions the shop does not answer ("not ours"): the bot maps none of them, nor a question nearer to
-- one of them than to any FAQ phrasing, to an FAQ entry; they go on to the knowledge base, the LLM or a person.
create table faq_not_ours (
    id         bigserial primary key,
    question   text        not null unique,
    created_at timestamptz not null default now()
);
