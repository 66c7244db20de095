-- Where a phrasing came from: the FAQ's owner (typed, imported, an approved candidate) or an LLM that was asked for
-- more ways to put an entry with few phrasings (llm.PhrasingProposals), kept only when it fits that entry better
-- than any other. An owner's edit of the entry's phrasings replaces both kinds.
alter table faq_phrasing add column source text not null default 'OWNER' check (source in ('OWNER', 'LLM'));
-- When an instance took the entry to ask an LLM for phrasings (null: nobody since the entry last changed).
alter table faq_entry add column phrasings_asked_at timestamptz;
