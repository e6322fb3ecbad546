-- The ledger's free text on PostgreSQL (spring.flyway.locations adds db/vendor/{vendor}): a case number is
-- searched for anywhere in it (like '%…%'), which only a trigram index serves; a party's name by its beginning
-- (the surname or the whole name, like '…%'), which a pattern-ordered B-tree serves in any collation. pg_trgm is
-- part of PostgreSQL's contrib and a trusted extension: the owner of the database may create it (README).
-- H2, the small embedded database, scans instead.
create extension if not exists pg_trgm;
create index case_file_number_trgm_idx on case_file using gin (case_number gin_trgm_ops);
create index case_party_name_prefix_idx on case_party (name varchar_pattern_ops);
