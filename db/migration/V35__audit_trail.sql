-- The audit trail: every admin action (sign-ins, FAQ edits and imports, approvals, ticket replies, exports,
-- erasures, retention runs, ...) with who, when, from where and what. Append-only: the trigger refuses every UPDATE
-- and TRUNCATE, and every DELETE except the audit retention's own, which sets answerdesk.audit_retention = 'on' in
-- its transaction (audit.AuditRetention). The guard is against the application and its bugs, not against a
-- database superuser.
create table audit_event (
    id      bigserial primary key,
    at      timestamptz not null default now(),
    -- who: the admin and how they signed in ("admin (session)", "admin (token)"), or "system" for scheduled jobs
    actor   text        not null,
    -- from where: the client's address as the server saw it (null for the system)
    address text,
    -- what: e.g. SIGN_IN, SIGN_IN_FAILED, "POST /api/faq", CUSTOMER_EXPORT, CUSTOMER_ERASURE, RETENTION_RUN
    action  text        not null,
    -- the details: the outcome, counts, ids; never a customer's words or identity
    detail  text
);
create index audit_event_at on audit_event (at);

create function audit_event_append_only() returns trigger
    language plpgsql
as
$$
begin
    if tg_op = 'DELETE' and current_setting('answerdesk.audit_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
