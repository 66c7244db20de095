-- A reply sent as several platform messages (Telegram's 4,096-character limit) remembers how many went out, so a
-- retry after a failure in the middle sends only the rest.
alter table message add column parts_delivered int not null default 0;
