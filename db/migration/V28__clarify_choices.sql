-- A reply that asks the customer to choose (clarify) stores the FAQ entries it offered, in the same form as its
-- suggestions (SuggestionCodec): a press is accepted only for an entry offered here.
alter table message add column choices text;
-- When one of the offered choices was pressed and answered: set once, by the one update that accepts a press, so an
-- offer is answered at most once (a replayed or concurrent press finds it set).
alter table message add column picked_at timestamptz;
-- An FAQ answer given because the customer picked its entry among the choices (analytics: resolved by a pick).
alter table message add column clarified boolean not null default false;
-- When a person first wrote in the conversation since it was handed over: until then the bot keeps answering what
-- it can (an automatic handoff); from then on it stays quiet until the conversation is given back to it.
alter table conversation add column person_joined_at timestamptz;
-- A press on a choice is an inbound message of its own intent.
alter table message drop constraint message_intent_check;
alter table message add constraint message_intent_check
    check (intent in ('QUESTION', 'START', 'HELP', 'RESET', 'HUMAN', 'NOT_TEXT', 'TOO_LONG', 'CHOICE'));
