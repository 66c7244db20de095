-- Where the agent's reply behind a candidate sits at the agents' desk (Slack channel:ts), so that a 📌 there approves it.
alter table faq_candidate add column desk_ref text;
create index faq_candidate_desk_ref on faq_candidate (desk_ref) where desk_ref is not null;
