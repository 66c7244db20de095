-- Draft FAQ entries an LLM wrote from a knowledge source's passages, reviewed by the owner as FAQ candidates.
-- origin: null for an agent's answer at the desk, else where the draft came from (e.g. "knowledge source 3");
-- phrasings: the draft's other ways to ask; source_url: the passage the draft cites.
alter table faq_candidate add column origin text;
alter table faq_candidate add column phrasings text[] not null default '{}';
alter table faq_candidate add column source_url text;

-- The last request for drafts from a source: one run at a time per source, on whichever instance took it.
alter table knowledge_source add column drafts_status text check (drafts_status in ('RUNNING', 'DONE', 'FAILED'));
alter table knowledge_source add column drafts_detail text;
alter table knowledge_source add column drafts_started timestamptz;
