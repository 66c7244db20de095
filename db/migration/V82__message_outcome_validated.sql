-- V81 added the outcome check without reading the rows stored before it (all null then). Every row written since was
-- checked on write, so validating it now only reads the table (SHARE UPDATE EXCLUSIVE: inserts and the backfill go on
-- meanwhile) and makes the check one PostgreSQL can rely on.
alter table message validate constraint message_outcome_check;
