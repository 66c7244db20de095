-- Platform deliveries that could not be taken in for a reason retrying cannot cure (unparseable, refused by the
-- database, over a limit): kept with the reason so that nothing arrives silently lost, and so that the channel
-- can move on to the next message. One row per (channel, event id); a redelivery is not counted twice.
create table quarantine (
    id         bigserial primary key,
    channel    text        not null,
    event_id   text        not null,
    reason     text        not null,
    -- the start of the payload, for a person to look at
    excerpt    text,
    created_at timestamptz not null default now(),
    unique (channel, event_id)
);
