-- What the ledger and the statistics read of every case, kept on case_file instead of being derived per row from
-- case_status_history at every query (at a million cases that derivation made the city's overview take 8 s and
-- the overdue filter 3 s). Maintained by CaseRepository with every status entry (cases/Conclusion states the rule);
-- existing rows are filled by cases/CaseConclusionBackfill (migration 13.1), which also makes registered_on
-- mandatory.
alter table case_file add column registered_on date;          -- Jiyuan's date of created_at
alter table case_file add column conclusion varchar(32);      -- AGREED, NO_AGREEMENT, WITHDRAWN, REFUSED; null: open
alter table case_file add column concluded_on date;           -- Jiyuan's date of the conclusion
alter table case_file add column days_to_conclude integer;    -- concluded_on - registered_on

-- Open cases past their deadline (the overdue filter and figure).
create index case_file_open_deadline_idx on case_file (conclusion, deadline);
-- The ledger's filters by category and by channel: their pages newest first, and their counts, from the index.
create index case_file_category_idx on case_file (category, created_at);
create index case_file_channel_idx on case_file (channel, created_at);
-- The statistics' open high-risk cases, nearest deadline first.
create index case_file_open_risk_idx on case_file (risk_level, conclusion, deadline, id);
-- The cases one registered, which whoever registers reads (CaseScope.reads): without it every count of a justice
-- office's ledger scans the table.
create index case_file_created_by_idx on case_file (created_by);
-- Rebound visits per case.
create index case_follow_up_result_idx on case_follow_up (result, case_id);
