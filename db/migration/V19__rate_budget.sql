-- Web API rate limits shared by every instance on this database: one token bucket per client address and kind
-- of request (api.SharedBudgets). Unlogged: a commit that touches only this table waits for no WAL flush, and
-- after a crash the budgets start full, which is what an idle client would have anyway.
create unlogged table rate_budget (
    client     text             not null,
    kind       text             not null,
    tokens     double precision not null,
    refused    boolean          not null default false,
    updated_at timestamptz      not null,
    primary key (client, kind)
);
create index rate_budget_idle on rate_budget (updated_at);
