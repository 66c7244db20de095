-- Secrets a channel keeps beside its settings (a mailbox's OAuth refresh token), sealed under ANSWERDESK_SECRET_KEY
-- like channel_setting: the table never holds them in the clear.
create table channel_secret (
    channel    text        not null,
    name       text        not null,
    sealed     bytea       not null,
    updated_at timestamptz not null default now(),
    primary key (channel, name)
);
