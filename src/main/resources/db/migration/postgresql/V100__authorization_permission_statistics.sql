-- Statistics for the permission bits the engine's authorization checks test (PostgreSQL 14 and
-- later). Every query with an authorization check joins the user's grants, selected by
-- "A.PERMS_ & 2 = 2" (READ), "& 64" (READ_TASK, READ_VARIABLE) or "& 4096" (READ_HISTORY).
-- Without statistics on these expressions PostgreSQL guesses that 0.5 % of the rows match; with
-- every open task's grant to its candidate group in the table that is a hundred times too few at a
-- province's size, and the planner then pairs every task with every grant (a nested loop with a
-- filter) instead of looking up each task's grants by index: a Tasklist filter of an officer of
-- ten units went from 0.04 s to over 30 s (benchmark/scale.sh, 100,000 open tasks). Statistics
-- objects cost nothing when rows are written; ANALYZE (and autovacuum later) fills them.
create statistics kstthc_auth_perms_read on (perms_ & 2) from act_ru_authorization;
create statistics kstthc_auth_perms_64 on (perms_ & 64) from act_ru_authorization;
create statistics kstthc_auth_perms_read_history on (perms_ & 4096) from act_ru_authorization;
analyze act_ru_authorization;
