-- Posts to the agents' desk (the Slack handoff channel), delivered like replies: stored in the transaction that
-- causes them, claimed with a lease, retried with back-off, kept across restarts. The posts of one handoff go out in
-- order (id): one is not due while an earlier one of the same handoff is still pending, so a customer message
-- appended to a handoff's thread waits for the summary that opens the thread.
create table desk_post (
    id              bigserial primary key,
    -- the handoff whose thread the post belongs to (null for a post into an explicit thread_ref only)
    handoff_id      bigint      references handoff (id),
    kind            text        not null check (kind in ('SUMMARY', 'CUSTOMER', 'NOTICE')),
    -- CUSTOMER: the customer's message appended to the thread
    message_id      bigint      references message (id),
    -- CUSTOMER: the customer's words; NOTICE: the desk's own text as posted; SUMMARY: none (rendered when sent)
    text            text,
    -- the thread to post in when it is not the handoff's own (e.g. Slack channel:ts)
    thread_ref      text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz default now(),
    last_error      text,
    -- where the post landed at the desk (e.g. Slack channel:ts)
    desk_ref        text,
    created_at      timestamptz not null default now()
);
create unique index desk_post_one_summary on desk_post (handoff_id) where kind = 'SUMMARY';
create unique index desk_post_one_per_message on desk_post (message_id) where message_id is not null;
create index desk_post_due on desk_post (next_attempt_at) where status = 'PENDING';
create index desk_post_pending_of_handoff on desk_post (handoff_id, id) where status = 'PENDING';
