-- Alerts of new tickets (the owner's webhook, the owner's mail address), stored in the transaction that opens the
-- ticket and delivered like replies: claimed with a lease, retried with back-off, kept across restarts. The alert id
-- goes with every attempt, so a receiver drops the repeat that a crash after an accepted send can cause.
create table alert (
    id              bigserial primary key,
    alert_id        uuid        not null unique default gen_random_uuid(),
    handoff_id      bigint      not null references handoff (id) on delete cascade,
    target          text        not null check (target in ('WEBHOOK', 'EMAIL')),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (handoff_id, target)
);
create index alert_due on alert (next_attempt_at) where status = 'PENDING';
