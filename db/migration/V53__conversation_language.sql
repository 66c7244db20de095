-- The conversation's language (a served language's code, e.g. 'de'), set from its first messages and kept; null until
-- one is known, which reads as the shop's default language.
alter table conversation add column language text;
