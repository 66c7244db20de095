-- The mail intake counts answers to new addresses in the last hour (NewcomerLimit) for every mail it takes:
-- without this index that count read every message ever stored.
create index message_inbound_created on message (created_at) where direction = 'IN';
