-- The provincial export (provincial/ConcludedCases) reads the cases concluded in a month: without this index every
-- export scans case_file. Portable SQL: runs on H2 2.x and PostgreSQL.
create index case_file_concluded_idx on case_file (concluded_on);
