-- Reconciliation at national scale (a million trainee lines in a plan) without copying every line per run.
--
-- trainee_row gains two 64-bit hashes written by the import (V42 fills them for rows imported before):
-- identity_hash of identity_key, and namesake_hash of the birth year and the name without diacritics. Reconcile
-- sorts these numbers (in bounded memory) to find the few identities and namesakes listed more than once, instead
-- of grouping a million keys, which H2 does in memory.
ALTER TABLE trainee_row ADD COLUMN identity_hash BIGINT;
ALTER TABLE trainee_row ADD COLUMN namesake_hash BIGINT;

-- The per-run copy of every counted line is replaced by reconcile_tally and reconcile_listing.
DROP TABLE reconcile_trainee;

-- The counted lines of each ward's list in a run, counted by what the figures need: position, gender, marks and
-- days present. A few hundred rows per list, however long the list.
CREATE TABLE reconcile_tally (
  run_id         BIGINT      NOT NULL REFERENCES reconcile_run (id),
  class_code     VARCHAR(40) NOT NULL,
  unit_code      VARCHAR(60) NOT NULL,
  position_code  VARCHAR(30),
  gender         CHAR(1),
  marks          VARCHAR(60) NOT NULL,
  days_present   INTEGER     NOT NULL,
  lines          INTEGER     NOT NULL
);

CREATE INDEX reconcile_tally_run ON reconcile_tally (run_id, class_code, unit_code);

-- The three tables below have no foreign key to reconcile_run: H2 gives a foreign key an index of its own on run_id
-- and, once the table has rows, reads a run's rows by that index, losing the key order that the streaming reads of
-- reconcile and detection rely on ("index sorted", "group sorted" in EXPLAIN) and gathering every group in memory
-- instead. Their rows are derived per run and deleted with the run's other figures.

-- The counted lines that need a second look: reason D, the line's identity is listed twice in its class
-- (DUPLICATE_TRAINEE); reason R, the identity attended two classes of the line's programme (REPEAT_TRAINEE);
-- reason N, another identity has the same name without diacritics and birth year (POSSIBLE_DUPLICATE). The line
-- itself stays in trainee_row; its list's class and ward are copied. The key keeps each group's lines together
-- (group_hash: identity_hash for D and R, namesake_hash for N; member_hash: the class's ordinal in the run for D,
-- the programme's for R, the line's identity_hash for N), so that each finding's lines are read back one group
-- after the other in key order, never all held at once.
CREATE TABLE reconcile_listing (
  run_id         BIGINT      NOT NULL,
  reason         CHAR(1)     NOT NULL,
  group_hash     BIGINT      NOT NULL,
  member_hash    BIGINT      NOT NULL,
  submission_id  BIGINT      NOT NULL,
  seq            INTEGER     NOT NULL,
  class_code     VARCHAR(40) NOT NULL,
  unit_code      VARCHAR(60) NOT NULL,
  PRIMARY KEY (run_id, reason, group_hash, member_hash, submission_id, seq)
);

-- The identities of each namesake group of reason-N lines, one row each, with what a POSSIBLE_DUPLICATE finding
-- shows about them; keyed so that a group's people are read together.
CREATE TABLE reconcile_person (
  run_id        BIGINT        NOT NULL,
  namesake_hash BIGINT        NOT NULL,
  identity_key  VARCHAR(600)  NOT NULL,
  name_key      VARCHAR(200)  NOT NULL,
  name_folded   VARCHAR(200)  NOT NULL,
  birth_year    INTEGER       NOT NULL,
  full_name     VARCHAR(200)  NOT NULL,
  unit_name     VARCHAR(300),
  first_class   VARCHAR(40)   NOT NULL,
  last_class    VARCHAR(40)   NOT NULL,
  seen          VARCHAR(4000) NOT NULL,
  PRIMARY KEY (run_id, namesake_hash, identity_key)
);

-- Publication closes the findings a run no longer detects by their last run.
CREATE INDEX finding_last_run ON finding (plan_code, last_run_id);

-- Per scope (CLASS, UNIT, PROGRAMME, PLAN and its key), the counted lines beyond each person's first, attended and
-- completed: what turns line counts into distinct-people counts.
CREATE TABLE reconcile_repeat (
  run_id            BIGINT       NOT NULL,
  scope             VARCHAR(10)  NOT NULL,
  scope_key         VARCHAR(100) NOT NULL,
  attended_excess   INTEGER      NOT NULL,
  completed_excess  INTEGER      NOT NULL,
  PRIMARY KEY (run_id, scope, scope_key)
);
