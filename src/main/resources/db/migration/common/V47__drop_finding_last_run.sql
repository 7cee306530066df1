-- finding_last_run (V41) served publication's close ("not found by this run": last_run_id <> run) and the run
-- summary's count. Publication no longer rewrites a finding found again unchanged, so last_run_id is only the
-- run of a finding's last change or close; the close now asks the run's staged findings and the summary counts
-- the plan's findings not closed (finding_plan_open). Nothing filters on last_run_id any more; every finding
-- written kept this index up to date.
DROP INDEX finding_last_run;
