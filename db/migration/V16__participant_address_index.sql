-- The per-address mail limit counts recent messages by the address answers go to (a mail's Reply-To), whoever sent
-- them, so that the mailbox cannot be used to mail a third party; the count survives restarts and instances.
create index participant_channel_address on participant (channel, lower(address));
