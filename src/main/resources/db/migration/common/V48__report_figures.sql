-- Figures the reports need so that no figure can mislead (issue 14).
--
-- Money settled is compared with the estimate of the same classes: estimate_started is the estimate of the classes
-- started by as-of (the only ones that can have a settlement), estimate_settled that of the classes with one. On the
-- An Giang sample 2 of 6 classes are settled: 455,150,000 đ against their own 479,000,000 đ (95.0 %), not against
-- the 764,600,000 đ of all six (59.5 %, which read as "40 % of the money unspent").
ALTER TABLE reconcile_programme ADD COLUMN estimate_started BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reconcile_programme ADD COLUMN estimate_settled BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reconcile_plan ADD COLUMN estimate_started BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reconcile_plan ADD COLUMN estimate_settled BIGINT NOT NULL DEFAULT 0;

-- The findings of a run counted by code, severity and status, written as the run completes: a report reads the
-- findings of the very run its figures come from, also for a run as of an earlier date than the plan's current
-- results (status SNAPSHOT: its findings are counted here, not published into finding). A few dozen rows a run,
-- pruned with the run's other figures.
CREATE TABLE reconcile_finding_count (
  run_id    BIGINT      NOT NULL,
  code      VARCHAR(40) NOT NULL,
  severity  VARCHAR(10) NOT NULL,
  status    VARCHAR(12) NOT NULL,
  found     INTEGER     NOT NULL,
  PRIMARY KEY (run_id, code, severity, status)
);
