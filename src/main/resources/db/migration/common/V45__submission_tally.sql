-- Each imported list counted once, when its import completes, by what reconcile's figures need: position, gender,
-- marks and days present (accepted lines with an identity only). A few hundred rows per list however long it is, so
-- that a reconcile of a plan with a million lines reads these instead of every trainee_row (computeAttendanceFigures).
-- Rows stay with their submission: a replaced list keeps its tally, which no run counts any more.
CREATE TABLE submission_tally (
  submission_id  BIGINT      NOT NULL REFERENCES submission (id),
  position_code  VARCHAR(30),
  gender         CHAR(1),
  marks          VARCHAR(60) NOT NULL,
  days_present   INTEGER     NOT NULL,
  lines          INTEGER     NOT NULL
);

CREATE INDEX submission_tally_submission ON submission_tally (submission_id);

-- Lists imported before this version.
INSERT INTO submission_tally (submission_id, position_code, gender, marks, days_present, lines)
SELECT t.submission_id, t.position_code, t.gender, t.marks, t.days_present, COUNT(*)
FROM trainee_row t
JOIN submission s ON s.id = t.submission_id AND s.status IN ('IMPORTED', 'REPLACED')
WHERE t.accepted AND t.identity_key IS NOT NULL
GROUP BY t.submission_id, t.position_code, t.gender, t.marks, t.days_present;

-- reconcile_tally loses its foreign key to reconcile_run, like the per-run tables of V41: H2 read a run's tally by
-- the foreign key's own index on run_id (every class's rows for each class, 200 classes × 23,000 rows at a million
-- lines: seconds) instead of reconcile_tally_run. The table holds only what one run passes between its statements.
DROP TABLE reconcile_tally;

CREATE TABLE reconcile_tally (
  run_id         BIGINT      NOT NULL,
  class_code     VARCHAR(40) NOT NULL,
  unit_code      VARCHAR(60) NOT NULL,
  position_code  VARCHAR(30),
  gender         CHAR(1),
  marks          VARCHAR(60) NOT NULL,
  days_present   INTEGER     NOT NULL,
  lines          INTEGER     NOT NULL
);

CREATE INDEX reconcile_tally_run ON reconcile_tally (run_id, class_code, unit_code);

-- Namesakes (POSSIBLE_DUPLICATE) are no longer listed line by line and looked up again: computePeopleStep reads who
-- each line names in the same pass as the hashes, sorts those lines on disk by birth year and name without
-- diacritics, compares each group's people as it comes and writes the finding. reconcile_listing keeps reasons D and
-- R only, and nothing reads reconcile_person any more.
DROP TABLE reconcile_person;
