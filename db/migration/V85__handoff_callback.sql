-- The phone number the customer gave to be called back on when asking for a person ("call me back on 0612 345678"),
-- shown to the team with the ticket; null when none was given.
alter table handoff add column callback text;
