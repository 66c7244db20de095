-- Mailbox sign-ins under way and their outcomes, so that the provider may send the browser back to any instance and
-- the admin page may read the outcome from any instance. Sealed under ANSWERDESK_SECRET_KEY like channel_secret
-- (a sign-in holds the form's settings and its PKCE verifier); the key is a hash of the state or outcome id.
create table channel_sign_in (
    id         text        primary key,
    channel    text        not null,
    sealed     bytea       not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index channel_sign_in_expires on channel_sign_in (expires_at);
