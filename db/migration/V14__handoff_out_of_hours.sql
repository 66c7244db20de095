-- Whether the handoff was opened outside the team's business hours (ANSWERDESK_HOURS_*), as configured then.
alter table handoff add column out_of_hours boolean not null default false;
