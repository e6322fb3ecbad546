-- Indexes on the engine's runtime tables for the queries the platform makes the engine run most: Tasklist's shared
-- filters (organization/identity/TasklistFilters) as a committee's mediator sees them (issue 14, BENCHMARKS.md).
-- The engine's own schema (migration 9) has single-column indexes only. Portable SQL: H2 2.x and PostgreSQL.

-- 本调委会待办, 已超期, 涉企绿色通道: tasks whose candidate group is one of the user's groups. The engine's index on
-- GROUP_ID_ alone made PostgreSQL scan all identity links at 100,000 open tasks (25 ms per query, twice per list:
-- the page and its count); with the type and the task it finds a committee's links in the index itself (9 ms).
create index MED_IDX_IDENTLINK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);

-- 涉企绿色通道: the process variable greenChannel of each task's instance, found by instance and name instead of
-- among all 13 variables of the instance.
create index MED_IDX_VAR_PROCINST_NAME on ACT_RU_VARIABLE (PROC_INST_ID_, NAME_);
