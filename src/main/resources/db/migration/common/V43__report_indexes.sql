-- Indexes for the reports' reads of findings: at national scale a plan has hundreds of thousands of findings
-- (383,005 in the 1,000,000-line bench), and both reads below used to go through every one of them.
--
-- The monthly report counts a plan's open findings by code and severity. With severity in the index the count reads
-- only the index, not each finding's row with its subject, message and figures (5x fewer pages). It replaces
-- finding_plan, whose columns lead it, so writing a finding maintains the same number of indexes for this.
CREATE INDEX finding_plan_open ON finding (plan_code, status, code, severity);
DROP INDEX finding_plan;

-- The class report and `findings --class` read the few hundred findings of one class.
CREATE INDEX finding_class ON finding (class_code, plan_code);
