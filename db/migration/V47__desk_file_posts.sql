-- A customer's file posted into the handoff's desk thread (Slack: uploaded there), through the desk outbox like the
-- other posts: in order, with retries.
alter table desk_post add column attachment_id bigint references attachment (id) on delete cascade;
alter table desk_post drop constraint desk_post_kind_check;
alter table desk_post add constraint desk_post_kind_check check (kind in ('SUMMARY', 'CUSTOMER', 'NOTICE', 'FILE'));
create unique index desk_post_one_per_file on desk_post (handoff_id, attachment_id) where attachment_id is not null;
