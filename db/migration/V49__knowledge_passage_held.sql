-- Passages the sync found planted text in (instructions to the bot, payment outside the checkout) are held: stored,
-- but not answered from until the owner approves them. held is the reason (null: not held); review is the owner's
-- decision, kept across syncs for the same text.
alter table knowledge_passage add column held text;
alter table knowledge_passage add column review text check (review in ('APPROVED', 'REJECTED'));
create index knowledge_passage_held on knowledge_passage (page_id) where held is not null;
