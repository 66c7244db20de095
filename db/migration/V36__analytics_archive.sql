-- Counts of conversations the retention deleted (privacy.Retention), per day and channel, without any text: the
-- analytics add them to what is still stored, so a report on a period past the retention still adds up.
-- metric: conversations, messages, outcome:FAQ|LLM|PERSON|UNANSWERED, feedback:up|down:FAQ|LLM|AGENT, tokens_in,
-- tokens_out, handoffs, handoffs_out_of_hours. The day is the conversation's (messages: the message's; handoffs:
-- when it opened), in UTC, as the report counts them.
create table analytics_archive (
    day     date   not null,
    channel text   not null,
    metric  text   not null,
    value   bigint not null,
    primary key (day, channel, metric)
);
