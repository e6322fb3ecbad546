-- The parties' particulars a written mediation agreement states (人民调解法第二十九条): for a natural person sex,
-- age, ethnicity, occupation, work unit or residence; for an organisation its address and its legal
-- representative or principal. Completed by the mediator when the mediation ends with a written agreement
-- (forms/mediation-outcome.form); intake does not collect them yet, so every column is nullable and a party
-- registered without them is a natural person whose particulars are not yet known.

alter table case_party add column party_type varchar(16);          -- PERSON, ORGANIZATION; null: not recorded
alter table case_party add column sex varchar(8);                  -- MALE, FEMALE (from an 18-digit ID number if any)
alter table case_party add column birth_date date;                 -- from an 18-digit ID number if any; the age is computed
alter table case_party add column ethnicity varchar(2);            -- GB/T 3304 code of one of the 56 ethnic groups, 01 = 汉族
alter table case_party add column occupation varchar(100);
alter table case_party add column work_unit varchar(200);          -- 工作单位
alter table case_party add column address varchar(200);            -- 住所 (of a person or an organisation)
alter table case_party add column representative varchar(50);      -- an organisation's legal representative or principal
alter table case_party add column representative_title varchar(32); -- LEGAL_REPRESENTATIVE (法定代表人), PRINCIPAL (主要负责人)

alter table case_party add constraint case_party_type_ck check (party_type is null
    or party_type in ('PERSON', 'ORGANIZATION'));
alter table case_party add constraint case_party_sex_ck check (sex is null or sex in ('MALE', 'FEMALE'));
alter table case_party add constraint case_party_representative_title_ck check (representative_title is null
    or representative_title in ('LEGAL_REPRESENTATIVE', 'PRINCIPAL'));
