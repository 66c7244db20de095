-- Who worded an entry: its owner (typed, imported, or approved with its question and answer in view) or a
-- customer (published from the agents' desk by a pin before pins stopped publishing). Only an owner's entries are
-- shown to customers as starter questions or suggestions; an owner's edit of the entry makes it the owner's.
alter table faq_entry add column origin text not null default 'OWNER' check (origin in ('OWNER', 'CUSTOMER'));
-- entries whose question is still a customer's question verbatim came from an unreviewed pin
update faq_entry e set origin = 'CUSTOMER'
where exists (select 1 from faq_candidate c where c.faq_entry_id = e.id and c.question = e.question);
-- A 📌 at the desk no longer publishes: it marks the candidate group for the owner's review, first in the list.
alter table faq_candidate add column pinned_at timestamptz;
alter table faq_candidate add column pinned_by text;
