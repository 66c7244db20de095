-- A phrasing may also be learned: a customer's question that independent conversations answered by picking the
-- same entry among the bot's choices (learning.PickLearning).
alter table faq_phrasing drop constraint faq_phrasing_source_check;
alter table faq_phrasing add constraint faq_phrasing_source_check check (source in ('OWNER', 'LLM', 'LEARNED'));

-- A (question, entry) pair learned, or waiting for an owner's approval, or refused: an undone or rejected pair is
-- never learned again (nor a near-identical question for the same entry).
create table faq_learned (
    id              bigserial primary key,
    entry_id        bigint      not null references faq_entry (id) on delete cascade,
    question        text        not null,
    normalized      text        not null,
    embedding       bytea,
    embedding_model text,
    phrasing_id     bigint      references faq_phrasing (id) on delete set null,
    status          text        not null check (status in ('REVIEW', 'LEARNED', 'UNDONE', 'REJECTED', 'NEGATIVE')),
    created_at      timestamptz not null default now(),
    decided_at      timestamptz
);
create index faq_learned_entry on faq_learned (entry_id);

-- Evidence: a customer picked an entry among the choices offered for their question. NEGATIVE: a thumbs-down on the
-- pick's answer or a request for a person followed it; USED: counted towards a faq_learned pair.
create table faq_pick (
    id              bigserial primary key,
    entry_id        bigint      not null references faq_entry (id) on delete cascade,
    question        text        not null,
    normalized      text        not null,
    embedding       bytea,
    embedding_model text,
    conversation_id bigint      not null references conversation (id),
    participant_id  bigint      references participant (id),
    offer_reply_id  bigint      not null,
    learned_id      bigint      references faq_learned (id) on delete set null,
    outcome         text        not null default 'PENDING' check (outcome in ('PENDING', 'USED', 'NEGATIVE')),
    created_at      timestamptz not null default now(),
    unique (offer_reply_id)
);
create index faq_pick_entry on faq_pick (entry_id);
create index faq_pick_conversation on faq_pick (conversation_id);
