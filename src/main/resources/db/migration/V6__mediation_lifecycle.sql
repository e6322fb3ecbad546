-- Mediation lifecycle (docs/domain.md section 4, steps 4-7).

-- A follow-up visit belongs to the agreement it checks, so that the visits of an agreement reached after a
-- rebound are told apart from the earlier ones.
alter table case_follow_up add column agreement_id bigint references case_agreement (id);
create index case_follow_up_agreement_idx on case_follow_up (agreement_id);

-- After a hand-over (移交) case_file.committee_code is the committee now handling the case, while case_year and
-- sequence_no stay those of the case number given by the first committee: (committee_code, case_year,
-- sequence_no) is no longer unique. Case numbers stay unique (case_file_number_uk: the number names the
-- numbering committee, year and sequence) and gapless (case_number_counter, locked at intake).
alter table case_file drop constraint case_file_sequence_uk;
