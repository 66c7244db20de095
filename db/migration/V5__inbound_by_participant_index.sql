-- Per-sender rate limits count a participant's recent inbound messages on every mail.
create index message_inbound_participant on message (participant_id, created_at) where direction = 'IN';
