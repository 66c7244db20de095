-- The outbox delivers a conversation's replies in order: a reply is not due while an earlier one of its
-- conversation is still pending. This index answers that check without reading the conversation's history.
create index message_pending_by_conversation on message (conversation_id, id) where delivery_status = 'PENDING';
