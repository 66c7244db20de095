-- Channels an owner connects from the admin page (issue 54, item 1). Their settings (tokens, passwords) are sealed
-- with AES-GCM under a key derived from ANSWERDESK_SECRET_KEY: the table and a backup of it never hold them in the
-- clear. revision grows with every change, so each instance sees one within its next poll and restarts the channel.
create table channel_setting (
    channel    text primary key check (channel in ('TELEGRAM', 'SLACK', 'EMAIL', 'WHATSAPP')),
    sealed     bytea not null,
    revision   bigint not null,
    updated_at timestamptz not null default now()
);

create sequence channel_setting_revision;
