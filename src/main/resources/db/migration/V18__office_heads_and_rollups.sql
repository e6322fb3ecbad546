-- Reporting on schedule, the rest (issue 13). Portable SQL: runs on H2 2.x and PostgreSQL (see V2__cases.sql).

-- A person's position in their justice office (organization import column office_role): HEAD 所长, who signs off
-- the monthly report; DEPUTY_HEAD 副所长; STAFF 工作人员. Only with an office; those already at one are its staff.
alter table org_person add column office_role varchar(16);
update org_person set office_role = 'STAFF' where office_code is not null;
alter table org_person add constraint org_person_office_role_ck
    check (office_role is null or office_role in ('HEAD', 'DEPUTY_HEAD', 'STAFF'));

-- The city's monthly roll-up as it was produced (when the last office reported, or at the supervision time): its
-- text and the towns that had not reported by the due time (comma-separated codes), kept for the roll-up task.
alter table monthly_round add column rollup_produced_at timestamp with time zone;
alter table monthly_round add column rollup_text varchar(8000);
alter table monthly_round add column rollup_late_towns varchar(1000);
