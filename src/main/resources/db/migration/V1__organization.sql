-- Organization registry (docs/domain.md section 2). Portable SQL: runs on H2 and PostgreSQL.

create table org_unit (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    level       varchar(16)  not null,           -- CITY, TOWN, VILLAGE
    parent_code varchar(32)  references org_unit (code),
    town_code   varchar(32),                     -- the town itself for a TOWN, the parent for a VILLAGE
    constraint org_unit_level_ck check (level in ('CITY', 'TOWN', 'VILLAGE'))
);
create index org_unit_town_idx on org_unit (town_code);

create table org_justice_office (
    code      varchar(32)  primary key,
    name      varchar(100) not null,
    town_code varchar(32)  not null unique references org_unit (code),
    email     varchar(200)
);

create table org_committee (
    code                    varchar(32)  primary key,
    name                    varchar(100) not null,
    short_name              varchar(40)  not null,  -- used in case numbers: （2026）{short_name}调字第n号
    type                    varchar(16)  not null,  -- VILLAGE, TOWN, INDUSTRY, CITY_CENTER
    unit_code               varchar(32)  not null references org_unit (code),
    industry                varchar(32),            -- for INDUSTRY committees: the dispute category they handle
    supervising_office_code varchar(32)  references org_justice_office (code),
    constraint org_committee_type_ck check (type in ('VILLAGE', 'TOWN', 'INDUSTRY', 'CITY_CENTER'))
);
create index org_committee_unit_idx on org_committee (unit_code);

create table org_person (
    code           varchar(32)  primary key,
    name           varchar(50)  not null,
    gender         varchar(1)   not null,         -- M, F
    force_type     varchar(32)  not null,         -- one of the six forces (六种力量)
    full_time      boolean      not null,
    committee_code varchar(32)  references org_committee (code),
    committee_role varchar(16),                   -- DIRECTOR, DEPUTY_DIRECTOR, MEMBER
    office_code    varchar(32)  references org_justice_office (code),
    phone          varchar(20),
    email          varchar(200),
    login          varchar(64)  unique,
    extra_groups   varchar(200)                   -- ';'-separated: grassroots-section, camunda-admin
);
create index org_person_committee_idx on org_person (committee_code);

create table org_contact (
    code         varchar(32)  primary key,
    name         varchar(50)  not null,
    organization varchar(32)  not null,           -- PARTY_COMMITTEE, GOVERNMENT, POLICE_STATION, JUSTICE_BUREAU
    unit_code    varchar(32)  not null references org_unit (code),
    title        varchar(100),
    email        varchar(200) not null,
    phone        varchar(20)
);
create index org_contact_unit_idx on org_contact (unit_code);
