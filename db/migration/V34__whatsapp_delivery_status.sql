-- WhatsApp tells what became of each message sent (sent, delivered, read, failed) by webhook, after the send call
-- returned. One row per message id (wamid) and status, so a redelivered status changes nothing. The reply it belongs
-- to is the outbound message whose external_message_id is the wamid (the status can arrive before the send call's
-- answer is stored, so it is joined when read, not looked up when written). No phone number is kept here.
create table whatsapp_delivery_status (
    wamid       text        not null,
    status      text        not null check (status in ('sent', 'delivered', 'read', 'failed')),
    at          timestamptz not null,
    error_code  integer,
    error       text,
    received_at timestamptz not null default now(),
    primary key (wamid, status)
);
