-- A reply that asks the customer to choose (clarify) stores the FAQ entries it offered, in the same form as its
-- suggestions (SuggestionCodec): a press is accepted only for an entry offered here.
alter table message add column choices text;
