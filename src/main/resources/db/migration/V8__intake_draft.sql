-- Personal data of an intake that failed validation in the Tasklist form (case-intake), kept here while the
-- registrar corrects it, instead of in process variables: the correction form is filled from this row when it
-- is opened, and the row is deleted when the case is registered (see cases/process/IntakeDrafts).
create table intake_draft (
    process_instance_id varchar(64)   not null primary key,
    created_by          varchar(100)  not null,
    payload             varchar(4000) not null,
    updated_at          timestamp with time zone not null
);
