-- The training plan, as loaded from a plan file (YAML). The file's text is kept (plan.source_yaml) and is what the
-- application reads the plan from; the tables below hold the figures that SQL aggregates and joins against.
-- Written for H2 (PostgreSQL mode) and PostgreSQL alike.

CREATE TABLE plan (
  code               VARCHAR(40)   NOT NULL PRIMARY KEY,
  plan_year          INTEGER       NOT NULL,
  title              VARCHAR(500)  NOT NULL,
  issuer_name        VARCHAR(200)  NOT NULL,
  issuer_short_name  VARCHAR(100)  NOT NULL,
  place              VARCHAR(100)  NOT NULL,
  doc_number         VARCHAR(60),
  doc_date           DATE,
  signer_name        VARCHAR(100)  NOT NULL,
  source_path        VARCHAR(1000) NOT NULL,
  source_sha256      CHAR(64)      NOT NULL,
  source_yaml        TEXT          NOT NULL,
  loaded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE programme (
  plan_code              VARCHAR(40)  NOT NULL REFERENCES plan (code),
  code                   VARCHAR(40)  NOT NULL,
  ordinal                INTEGER      NOT NULL,
  section                VARCHAR(20),
  kind                   VARCHAR(30)  NOT NULL,
  title                  VARCHAR(500) NOT NULL,
  period_from            DATE         NOT NULL,
  period_to              DATE         NOT NULL,
  planned_classes        INTEGER,
  min_days_per_class     INTEGER,
  max_days_per_class     INTEGER,
  planned_participants   INTEGER,
  PRIMARY KEY (plan_code, code)
);

-- Positions a programme admits; no rows means any position.
CREATE TABLE programme_position (
  plan_code       VARCHAR(40) NOT NULL,
  programme_code  VARCHAR(40) NOT NULL,
  position_code   VARCHAR(30) NOT NULL,
  PRIMARY KEY (plan_code, programme_code, position_code),
  FOREIGN KEY (plan_code, programme_code) REFERENCES programme (plan_code, code)
);

-- Submitting units: ward-level unions and the federation's own office. Rows are updated in place on reload, so
-- imported attendance can reference them.
CREATE TABLE unit (
  plan_code  VARCHAR(40)  NOT NULL REFERENCES plan (code),
  code       VARCHAR(60)  NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  PRIMARY KEY (plan_code, code)
);

-- Classes; codes are unique across plans because commands address a class by its code alone. Rows are updated in
-- place on reload, so imported attendance can reference them.
CREATE TABLE training_class (
  code            VARCHAR(40)  NOT NULL PRIMARY KEY,
  plan_code       VARCHAR(40)  NOT NULL REFERENCES plan (code),
  programme_code  VARCHAR(40)  NOT NULL,
  title           VARCHAR(500) NOT NULL,
  start_date      DATE         NOT NULL,
  end_date        DATE         NOT NULL,
  day_count       INTEGER      NOT NULL,
  venue           VARCHAR(500),
  quota           INTEGER      NOT NULL,
  illustrative    BOOLEAN      NOT NULL
);

CREATE INDEX training_class_plan ON training_class (plan_code);

CREATE TABLE class_day (
  class_code  VARCHAR(40) NOT NULL REFERENCES training_class (code),
  day_no      INTEGER     NOT NULL,
  class_date  DATE        NOT NULL,
  PRIMARY KEY (class_code, day_no)
);

CREATE TABLE allocation (
  class_code  VARCHAR(40) NOT NULL REFERENCES training_class (code),
  plan_code   VARCHAR(40) NOT NULL,
  unit_code   VARCHAR(60) NOT NULL,
  quota       INTEGER     NOT NULL,
  PRIMARY KEY (class_code, unit_code),
  FOREIGN KEY (plan_code, unit_code) REFERENCES unit (plan_code, code)
);

-- Budget estimate (dự toán) of a class, line by line. Money in whole đồng.
CREATE TABLE budget_estimate (
  class_code  VARCHAR(40)    NOT NULL REFERENCES training_class (code),
  line_no     INTEGER        NOT NULL,
  category    VARCHAR(30)    NOT NULL,
  item        VARCHAR(500)   NOT NULL,
  unit_label  VARCHAR(60)    NOT NULL,
  quantity    NUMERIC(14, 2) NOT NULL,
  unit_price  BIGINT         NOT NULL,
  amount      BIGINT         NOT NULL,
  PRIMARY KEY (class_code, line_no)
);

-- Spending norms (định mức chi): highest unit price per category and unit of measure.
CREATE TABLE spending_norm (
  plan_code       VARCHAR(40)  NOT NULL REFERENCES plan (code),
  category        VARCHAR(30)  NOT NULL,
  unit_label      VARCHAR(60)  NOT NULL,
  max_unit_price  BIGINT       NOT NULL,
  note            VARCHAR(500),
  PRIMARY KEY (plan_code, category, unit_label)
);

-- People sent to programmes without classes of their own (post-graduate places, another body's courses).
CREATE TABLE enrolment (
  plan_code       VARCHAR(40)  NOT NULL,
  programme_code  VARCHAR(40)  NOT NULL,
  seq             INTEGER      NOT NULL,
  person          VARCHAR(200) NOT NULL,
  position_code   VARCHAR(30),
  institution     VARCHAR(300) NOT NULL,
  course          VARCHAR(300) NOT NULL,
  start_date      DATE,
  end_date        DATE,
  status          VARCHAR(20)  NOT NULL,
  PRIMARY KEY (plan_code, programme_code, seq),
  FOREIGN KEY (plan_code, programme_code) REFERENCES programme (plan_code, code)
);
