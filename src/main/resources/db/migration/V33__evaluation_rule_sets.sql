-- Evaluation of the movement (TT 124/2021/TT-BCA, TT 48/2025/TT-BCA, QĐ 510/QĐ-BCA-V05): the rules
-- are data, versioned by legal basis and the date they take effect, because DOMAIN.md §7 marks the
-- recognising authority after 2025, the deadlines, the points and the class thresholds unverified.
create table evaluation_rule_set (
    id                    bigserial primary key,
    unit_kind             varchar(20)  not null check (unit_kind in ('KDC', 'COMMUNE', 'AGENCY', 'SCHOOL')),
    name                  varchar(300) not null,
    legal_basis           varchar(500) not null,
    -- DRAFT while an administrator edits a copy; ACTIVE from effective_from on
    status                varchar(10)  not null check (status in ('DRAFT', 'ACTIVE')),
    effective_from        date,
    copied_from_id        bigint references evaluation_rule_set (id),
    -- month-day strings (MM-DD); a period ends in the evaluated year and starts the year before when
    -- its start comes after its end in the calendar
    period_start          char(5)      not null,
    period_end            char(5)      not null,
    registration_from     char(5)      not null,
    registration_to       char(5)      not null,
    -- COMMUNE, DISTRICT or PROVINCE: the nearest ancestor at that tier; its accounts with authority_role decide
    authority_tier        varchar(10)  not null check (authority_tier in ('COMMUNE', 'DISTRICT', 'PROVINCE')),
    authority_role        varchar(30)  not null,
    authority_title       varchar(200) not null,
    -- the last day of recognition and of classification, in the year the period ends (or the next
    -- when the date falls before the period's end)
    recognition_due       char(5)      not null,
    classification_due    char(5)      not null,
    -- when the last day is not a working day: keep it, or move it back to the working day before
    due_roll              varchar(20)  not null default 'NONE' check (due_roll in ('NONE', 'PREVIOUS_WORKING_DAY')),
    registration_files    varchar(1000) not null,
    recognition_files     varchar(1000) not null,
    version               int          not null default 0,
    created_at            timestamptz  not null default now()
);
create index evaluation_rule_set_kind on evaluation_rule_set (unit_kind, status, effective_from);

create table evaluation_criterion (
    id              bigserial primary key,
    rule_set_id     bigint       not null references evaluation_rule_set (id) on delete cascade,
    position        int          not null,
    code            varchar(40)  not null,
    text            varchar(2000) not null,
    -- YES_NO: confirmed with evidence; NUMBER: a figure against the threshold; DERIVED: computed from source
    kind            varchar(10)  not null check (kind in ('YES_NO', 'NUMBER', 'DERIVED')),
    -- a named figure the system already holds (FESTIVAL_HELD, PLAN_ISSUED, …): the value of a DERIVED
    -- criterion, the suggested evidence of the others
    source          varchar(40),
    comparison      varchar(2)   check (comparison in ('GE', 'LE')),
    threshold       numeric(12, 2),
    -- QĐ 510: the item's standard points (Điểm chuẩn)
    points          int          not null default 0 check (points >= 0),
    -- a TT 124 criterion decides đạt / chưa đạt; a QĐ 510 item only scores
    required        boolean      not null default true,
    unique (rule_set_id, code)
);

create table evaluation_class_threshold (
    rule_set_id   bigint      not null references evaluation_rule_set (id) on delete cascade,
    class_code    varchar(12) not null check (class_code in ('XUAT_SAC', 'KHA', 'TRUNG_BINH', 'YEU')),
    min_points    int         not null check (min_points >= 0),
    primary key (rule_set_id, class_code)
);

-- One unit's evaluation for one year: its registration, self-assessment and recognition.
create table evaluation (
    id                   bigserial primary key,
    rule_set_id          bigint       not null references evaluation_rule_set (id),
    unit_id              bigint       not null references org_unit (id),
    unit_path            varchar(1000) not null,
    year                 int          not null,
    period_start         date         not null,
    period_end           date         not null,
    status               varchar(15)  not null check (status in ('REGISTERED', 'SUBMITTED', 'RETURNED', 'RECOGNISED', 'NOT_RECOGNISED')),
    authority_unit_id    bigint       not null references org_unit (id),
    registered_on        date         not null,
    registered_by        varchar(100) not null,
    resolution_ref       varchar(500),
    plan_ref             varchar(500),
    registration_doc_id  bigint,
    report_text          varchar(8000),
    minutes_text         varchar(8000),
    submitted_at         timestamptz,
    decided_at           timestamptz,
    decided_by           varchar(100),
    return_reason        varchar(2000),
    self_score           int,
    score                int,
    class_code           varchar(12),
    decision_doc_id      bigint,
    decision_notation    varchar(100),
    certificate_doc_id   bigint,
    version              int          not null default 0,
    unique (unit_id, year)
);
create index evaluation_path on evaluation (unit_path text_pattern_ops, year);
create index evaluation_authority on evaluation (authority_unit_id, year, status);

create table evaluation_answer (
    evaluation_id   bigint        not null references evaluation (id) on delete cascade,
    criterion_code  varchar(40)   not null,
    met             boolean,
    value           numeric(12, 2),
    evidence        varchar(4000),
    self_points     int,
    primary key (evaluation_id, criterion_code)
);

create table evaluation_attachment (
    id             bigserial primary key,
    evaluation_id  bigint        not null references evaluation (id) on delete cascade,
    criterion_code varchar(40),
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    content        bytea         not null,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null default now()
);
