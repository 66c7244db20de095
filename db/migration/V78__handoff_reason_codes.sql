-- A handoff's reason becomes a code (HandoffReasons); staff read it in the desk's language from the bundles
-- (handoff.reason.<code>). Rows stored before keep their meaning: each English sentence becomes its code. A reason
-- no code matches (set by hand) stays as written and is shown as stored.
update handoff set reason = case reason
    when 'no FAQ entry fits and no LLM is configured' then 'no-answer'
    when 'no FAQ entry fits and the LLM failed' then 'llm-failed'
    when 'the LLM could not answer from what it knows' then 'llm-declined'
    when 'the LLM''s answer cited none of the excerpts it was given' then 'llm-uncited'
    when 'the customer asked for a person' then 'customer-asked'
    when 'the customer is upset (a second angry message)' then 'customer-upset'
    when 'none of the answers the bot offered fit (the customer chose "Something else")' then 'something-else'
    when 'the bot could not answer this message (it failed and was given up)' then 'answer-failed'
    when 'the bot offered its likeliest answers; a person follows up unless the customer confirms one'
        then 'awaiting-pick'
    when 'waiting for a person; the ticket was opened at the next start' then 'missing-ticket'
    else reason end
where reason in ('no FAQ entry fits and no LLM is configured', 'no FAQ entry fits and the LLM failed',
                 'the LLM could not answer from what it knows',
                 'the LLM''s answer cited none of the excerpts it was given', 'the customer asked for a person',
                 'the customer is upset (a second angry message)',
                 'none of the answers the bot offered fit (the customer chose "Something else")',
                 'the bot could not answer this message (it failed and was given up)',
                 'the bot offered its likeliest answers; a person follows up unless the customer confirms one',
                 'waiting for a person; the ticket was opened at the next start');
