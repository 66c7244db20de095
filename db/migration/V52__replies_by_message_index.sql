-- The replies to one message (ReplyStore.repliesTo, replyTo: the web chat reads them for every message it answers)
-- had no index they could use: message_one_reply leaves out KNOWLEDGE and AGENT replies, so each read scanned every
-- message ever stored (0.6 ms at 2,200 messages, growing with the table). Also what deleting a message checks for
-- replies that refer to it.
create index message_replies on message (reply_to_id) where reply_to_id is not null;
