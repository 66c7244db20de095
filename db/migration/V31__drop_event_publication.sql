-- No listener goes through Spring Modulith's event publication registry any more: a ticket opens in the
-- transaction of its handoff, and at start every conversation waiting for a person without a ticket gets one.
drop table if exists event_publication;
