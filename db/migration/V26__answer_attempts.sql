-- How often a worker has claimed an inbound message to answer it. A message whose answer keeps failing (or whose
-- worker keeps dying) is given up after answerdesk.conversation.max-answer-attempts claims: handed to a person
-- and quarantined, so that no single message holds the answer queue for ever.
alter table message add column answer_attempts integer not null default 0;
