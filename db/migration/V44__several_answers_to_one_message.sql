-- A message that asks several questions gets an answer to each: its replies are numbered (part 0, 1, ...), and the
-- one-reply guarantee becomes one reply per part, so a worker that lost its claim still never adds a second answer
-- to any of them.
alter table message add column part smallint not null default 0;
drop index message_one_reply;
create unique index message_one_reply on message (reply_to_id, part)
    where reply_to_id is not null and source in ('FAQ', 'LLM', 'SYSTEM');
