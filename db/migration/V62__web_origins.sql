-- The sites that embed the chat widget: those the owner allowed from the admin page (beside
-- ANSWERDESK_WEB_ALLOWED_ORIGINS), and those that tried and were refused, with how often and when last. Anyone can
-- send an Origin header: the app keeps only normalized http(s) origins of at most 200 characters, and at most
-- answerdesk.web.refused-origins-kept refused ones (the most often seen).
create table web_origin (
    origin        text        primary key check (length(origin) <= 200),
    allowed       boolean     not null default false,
    allowed_at    timestamptz,
    refused_count bigint      not null default 0,
    first_seen    timestamptz,
    last_seen     timestamptz
);
