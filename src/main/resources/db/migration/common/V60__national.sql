-- The national federation's side (Tổng LĐLĐ Việt Nam): the units that send a yearly statistical form of training
-- results (biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn), every form received, the figures read from it
-- and every problem found. Aggregates only: nothing here names a person. Counts in trainee-turns (lượt người) or
-- people, money in whole đồng. Written for H2 (PostgreSQL mode) and PostgreSQL alike.

-- The units that report to the national federation: the 34 provincial federations since the 2025 merger, in the
-- order the federation lists them, and the national sectoral unions (công đoàn ngành trung ương; an illustrative
-- list: check it against the federation's current one and add or rename rows here).
-- kind: PROVINCE or SECTORAL. match_keys: '|'-separated accent-free lower-case names and spellings a title block or
-- a file name may use for the unit ("ho chi minh|tp hcm|tphcm"), matched as whole words.
CREATE TABLE national_unit (
  code        VARCHAR(60)  NOT NULL PRIMARY KEY,
  kind        VARCHAR(10)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  short_name  VARCHAR(100) NOT NULL,
  sort_order  INTEGER      NOT NULL,
  match_keys  VARCHAR(500) NOT NULL
);

INSERT INTO national_unit (code, kind, name, short_name, sort_order, match_keys) VALUES
  ('ha-noi', 'PROVINCE', 'Liên đoàn Lao động thành phố Hà Nội', 'Hà Nội', 1, 'ha noi|hanoi'),
  ('hue', 'PROVINCE', 'Liên đoàn Lao động thành phố Huế', 'Huế', 2, 'hue|thua thien hue'),
  ('lai-chau', 'PROVINCE', 'Liên đoàn Lao động tỉnh Lai Châu', 'Lai Châu', 3, 'lai chau'),
  ('dien-bien', 'PROVINCE', 'Liên đoàn Lao động tỉnh Điện Biên', 'Điện Biên', 4, 'dien bien'),
  ('son-la', 'PROVINCE', 'Liên đoàn Lao động tỉnh Sơn La', 'Sơn La', 5, 'son la'),
  ('lang-son', 'PROVINCE', 'Liên đoàn Lao động tỉnh Lạng Sơn', 'Lạng Sơn', 6, 'lang son'),
  ('quang-ninh', 'PROVINCE', 'Liên đoàn Lao động tỉnh Quảng Ninh', 'Quảng Ninh', 7, 'quang ninh'),
  ('thanh-hoa', 'PROVINCE', 'Liên đoàn Lao động tỉnh Thanh Hóa', 'Thanh Hóa', 8, 'thanh hoa'),
  ('nghe-an', 'PROVINCE', 'Liên đoàn Lao động tỉnh Nghệ An', 'Nghệ An', 9, 'nghe an'),
  ('ha-tinh', 'PROVINCE', 'Liên đoàn Lao động tỉnh Hà Tĩnh', 'Hà Tĩnh', 10, 'ha tinh'),
  ('cao-bang', 'PROVINCE', 'Liên đoàn Lao động tỉnh Cao Bằng', 'Cao Bằng', 11, 'cao bang'),
  ('tuyen-quang', 'PROVINCE', 'Liên đoàn Lao động tỉnh Tuyên Quang', 'Tuyên Quang', 12, 'tuyen quang'),
  ('lao-cai', 'PROVINCE', 'Liên đoàn Lao động tỉnh Lào Cai', 'Lào Cai', 13, 'lao cai'),
  ('thai-nguyen', 'PROVINCE', 'Liên đoàn Lao động tỉnh Thái Nguyên', 'Thái Nguyên', 14, 'thai nguyen'),
  ('phu-tho', 'PROVINCE', 'Liên đoàn Lao động tỉnh Phú Thọ', 'Phú Thọ', 15, 'phu tho'),
  ('bac-ninh', 'PROVINCE', 'Liên đoàn Lao động tỉnh Bắc Ninh', 'Bắc Ninh', 16, 'bac ninh'),
  ('hung-yen', 'PROVINCE', 'Liên đoàn Lao động tỉnh Hưng Yên', 'Hưng Yên', 17, 'hung yen'),
  ('hai-phong', 'PROVINCE', 'Liên đoàn Lao động thành phố Hải Phòng', 'Hải Phòng', 18, 'hai phong'),
  ('ninh-binh', 'PROVINCE', 'Liên đoàn Lao động tỉnh Ninh Bình', 'Ninh Bình', 19, 'ninh binh'),
  ('quang-tri', 'PROVINCE', 'Liên đoàn Lao động tỉnh Quảng Trị', 'Quảng Trị', 20, 'quang tri'),
  ('da-nang', 'PROVINCE', 'Liên đoàn Lao động thành phố Đà Nẵng', 'Đà Nẵng', 21, 'da nang'),
  ('quang-ngai', 'PROVINCE', 'Liên đoàn Lao động tỉnh Quảng Ngãi', 'Quảng Ngãi', 22, 'quang ngai'),
  ('gia-lai', 'PROVINCE', 'Liên đoàn Lao động tỉnh Gia Lai', 'Gia Lai', 23, 'gia lai'),
  ('khanh-hoa', 'PROVINCE', 'Liên đoàn Lao động tỉnh Khánh Hòa', 'Khánh Hòa', 24, 'khanh hoa'),
  ('lam-dong', 'PROVINCE', 'Liên đoàn Lao động tỉnh Lâm Đồng', 'Lâm Đồng', 25, 'lam dong'),
  ('dak-lak', 'PROVINCE', 'Liên đoàn Lao động tỉnh Đắk Lắk', 'Đắk Lắk', 26, 'dak lak|dac lac|daklak'),
  ('ho-chi-minh', 'PROVINCE', 'Liên đoàn Lao động Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 27,
    'ho chi minh|tp hcm|tphcm|hcm'),
  ('dong-nai', 'PROVINCE', 'Liên đoàn Lao động tỉnh Đồng Nai', 'Đồng Nai', 28, 'dong nai'),
  ('tay-ninh', 'PROVINCE', 'Liên đoàn Lao động tỉnh Tây Ninh', 'Tây Ninh', 29, 'tay ninh'),
  ('can-tho', 'PROVINCE', 'Liên đoàn Lao động thành phố Cần Thơ', 'Cần Thơ', 30, 'can tho'),
  ('vinh-long', 'PROVINCE', 'Liên đoàn Lao động tỉnh Vĩnh Long', 'Vĩnh Long', 31, 'vinh long'),
  ('dong-thap', 'PROVINCE', 'Liên đoàn Lao động tỉnh Đồng Tháp', 'Đồng Tháp', 32, 'dong thap'),
  ('ca-mau', 'PROVINCE', 'Liên đoàn Lao động tỉnh Cà Mau', 'Cà Mau', 33, 'ca mau'),
  ('an-giang', 'PROVINCE', 'Liên đoàn Lao động tỉnh An Giang', 'An Giang', 34, 'an giang'),
  ('cd-vien-chuc', 'SECTORAL', 'Công đoàn Viên chức Việt Nam', 'CĐ Viên chức Việt Nam', 101,
    'cong doan vien chuc|cd vien chuc'),
  ('cd-giao-duc', 'SECTORAL', 'Công đoàn Giáo dục Việt Nam', 'CĐ Giáo dục Việt Nam', 102,
    'cong doan giao duc|cd giao duc|cong doan nganh giao duc'),
  ('cd-y-te', 'SECTORAL', 'Công đoàn Y tế Việt Nam', 'CĐ Y tế Việt Nam', 103,
    'cong doan y te|cd y te|cong doan nganh y te'),
  ('cd-cong-thuong', 'SECTORAL', 'Công đoàn Công Thương Việt Nam', 'CĐ Công Thương Việt Nam', 104,
    'cong doan cong thuong|cd cong thuong'),
  ('cd-xay-dung', 'SECTORAL', 'Công đoàn Xây dựng Việt Nam', 'CĐ Xây dựng Việt Nam', 105,
    'cong doan xay dung|cd xay dung'),
  ('cd-nong-nghiep-moi-truong', 'SECTORAL', 'Công đoàn Nông nghiệp và Môi trường Việt Nam',
    'CĐ Nông nghiệp và Môi trường VN', 106, 'cong doan nong nghiep|cd nong nghiep'),
  ('cd-ngan-hang', 'SECTORAL', 'Công đoàn Ngân hàng Việt Nam', 'CĐ Ngân hàng Việt Nam', 107,
    'cong doan ngan hang|cd ngan hang'),
  ('cd-cong-an', 'SECTORAL', 'Công đoàn Công an nhân dân', 'CĐ Công an nhân dân', 108,
    'cong doan cong an|cd cong an'),
  ('cd-quoc-phong', 'SECTORAL', 'Công đoàn Quốc phòng', 'CĐ Quốc phòng', 109,
    'cong doan quoc phong|cd quoc phong');

-- One row per reception of a form file. Only the current form of a unit and year (status IMPORTED) counts; a
-- replaced one stays as history.
-- status: IMPORTED (current), REPLACED (superseded by a later form of the same unit and year),
--         REJECTED (refused: reject_code says why; no figures kept)
-- source: TAPHUAN (written by taphuan from a province's reconciled data), BLANK_FORM (taphuan's blank form filled
--         in by hand), OTHER (a form typed in another layout)
-- identified_by: FLAG (--unit), METADATA (the form's hidden sheet), TITLE (the title block), FILE_NAME
-- form_version: the version of taphuan's form the file says it is, or null for another layout
CREATE TABLE national_form (
  id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  sha256          CHAR(64)      NOT NULL REFERENCES received_file (sha256),
  original_name   VARCHAR(500)  NOT NULL,
  original_path   VARCHAR(2000) NOT NULL,
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  received_by     VARCHAR(200)  NOT NULL,
  requested_year  INTEGER,
  requested_unit  VARCHAR(60),
  unit_code       VARCHAR(60)   REFERENCES national_unit (code),
  report_year     INTEGER,
  identified_by   VARCHAR(12),
  source          VARCHAR(12),
  form_version    VARCHAR(20),
  plan_code       VARCHAR(40),
  as_of           DATE,
  file_format     VARCHAR(10),
  sheet_name      VARCHAR(200),
  status          VARCHAR(12)   NOT NULL,
  reject_code     VARCHAR(40),
  replaces_id     BIGINT        REFERENCES national_form (id),
  replaced_by_id  BIGINT        REFERENCES national_form (id),
  completed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX national_form_unit_year ON national_form (unit_code, report_year, status);
CREATE INDEX national_form_sha256 ON national_form (sha256);

-- The figures of an imported form: one row per form row (row_code: a FormRow name, TOTAL, POSTGRADUATE, ...), one
-- column per numbered column of the form. NULL is "no figure given" (a blank cell, or a column the form does not
-- have), never zero: sums count what was given and reports say how many units gave it.
CREATE TABLE national_form_row (
  form_id           BIGINT      NOT NULL REFERENCES national_form (id),
  row_code          VARCHAR(30) NOT NULL,
  sheet_row         INTEGER,
  classes_planned   BIGINT,
  classes_held      BIGINT,
  classes_in_person BIGINT,
  classes_online    BIGINT,
  trainees_planned  BIGINT,
  attended          BIGINT,
  women             BIGINT,
  chairs            BIGINT,
  full_time         BIGINT,
  ethnic_minority   BIGINT,
  completed         BIGINT,
  people            BIGINT,
  estimate          BIGINT,
  estimate_settled  BIGINT,
  settled           BIGINT,
  PRIMARY KEY (form_id, row_code)
);

-- Every problem found in a form file, placed by sheet, row and column (column_ref: letters, as the file has them),
-- with a stable code (NationalIssueCode). severity: ERROR (the form is refused), WARNING (kept, shown in the national
-- report), INFO (a note).
CREATE TABLE national_form_issue (
  id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  form_id     BIGINT        NOT NULL REFERENCES national_form (id),
  sheet_name  VARCHAR(200),
  row_no      INTEGER,
  column_ref  VARCHAR(10),
  code        VARCHAR(40)   NOT NULL,
  severity    VARCHAR(10)   NOT NULL,
  raw_value   VARCHAR(500),
  message     VARCHAR(2000) NOT NULL
);

CREATE INDEX national_form_issue_form ON national_form_issue (form_id);
