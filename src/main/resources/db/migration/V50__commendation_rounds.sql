-- Commendations (khen thưởng): rounds, nominations, vetting, the council's vote, the decision.
-- Every figure the law gives (coefficients, lương cơ sở, quorum, rounding, holidays) is data here.

-- Days the working-day clock skips (OFF) or counts although they fall on a weekend (WORKING: the
-- Saturday a government swap turns into a working day). Edited by the administrator each year when
-- the government announces the days off.
create table commendation_holiday (
    day     date primary key,
    kind    text not null default 'OFF' check (kind in ('OFF', 'WORKING')),
    name    text not null check (length(name) between 1 and 200)
);

-- Statutory days (Bộ luật Lao động 2019 Điều 112) and the announced days off and swaps, 2022–2026.
-- The lunar dates are the published ones; the yearly swaps are to be confirmed by the administrator.
insert into commendation_holiday (day, kind, name) values
    ('2022-01-01', 'OFF', 'Tết Dương lịch'), ('2022-01-03', 'OFF', 'Nghỉ bù Tết Dương lịch'),
    ('2022-01-31', 'OFF', 'Tết Nguyên đán'), ('2022-02-01', 'OFF', 'Tết Nguyên đán'),
    ('2022-02-02', 'OFF', 'Tết Nguyên đán'), ('2022-02-03', 'OFF', 'Tết Nguyên đán'),
    ('2022-02-04', 'OFF', 'Tết Nguyên đán'),
    ('2022-04-11', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    ('2022-05-02', 'OFF', 'Nghỉ bù Ngày Chiến thắng 30/4'), ('2022-05-03', 'OFF', 'Nghỉ bù Quốc tế Lao động'),
    ('2022-09-01', 'OFF', 'Quốc khánh'), ('2022-09-02', 'OFF', 'Quốc khánh'),
    ('2023-01-02', 'OFF', 'Nghỉ bù Tết Dương lịch'),
    ('2023-01-20', 'OFF', 'Tết Nguyên đán'), ('2023-01-23', 'OFF', 'Tết Nguyên đán'),
    ('2023-01-24', 'OFF', 'Tết Nguyên đán'), ('2023-01-25', 'OFF', 'Tết Nguyên đán'),
    ('2023-01-26', 'OFF', 'Tết Nguyên đán'),
    ('2023-05-01', 'OFF', 'Quốc tế Lao động'), ('2023-05-02', 'OFF', 'Nghỉ bù Ngày Chiến thắng 30/4'),
    ('2023-05-03', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương'), ('2023-04-29', 'OFF', 'Giỗ Tổ Hùng Vương'),
    ('2023-09-01', 'OFF', 'Quốc khánh'), ('2023-09-04', 'OFF', 'Nghỉ bù Quốc khánh'),
    ('2024-01-01', 'OFF', 'Tết Dương lịch'),
    ('2024-02-08', 'OFF', 'Tết Nguyên đán'), ('2024-02-09', 'OFF', 'Tết Nguyên đán'),
    ('2024-02-12', 'OFF', 'Tết Nguyên đán'), ('2024-02-13', 'OFF', 'Tết Nguyên đán'),
    ('2024-02-14', 'OFF', 'Tết Nguyên đán'),
    ('2024-04-18', 'OFF', 'Giỗ Tổ Hùng Vương'),
    ('2024-04-29', 'OFF', 'Nghỉ hoán đổi'), ('2024-04-30', 'OFF', 'Ngày Chiến thắng'),
    ('2024-05-01', 'OFF', 'Quốc tế Lao động'), ('2024-05-04', 'WORKING', 'Làm bù'),
    ('2024-09-02', 'OFF', 'Quốc khánh'), ('2024-09-03', 'OFF', 'Quốc khánh'),
    ('2025-01-01', 'OFF', 'Tết Dương lịch'),
    ('2025-01-27', 'OFF', 'Tết Nguyên đán'), ('2025-01-28', 'OFF', 'Tết Nguyên đán'),
    ('2025-01-29', 'OFF', 'Tết Nguyên đán'), ('2025-01-30', 'OFF', 'Tết Nguyên đán'),
    ('2025-01-31', 'OFF', 'Tết Nguyên đán'),
    ('2025-04-07', 'OFF', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'OFF', 'Ngày Chiến thắng'), ('2025-05-01', 'OFF', 'Quốc tế Lao động'),
    ('2025-09-01', 'OFF', 'Quốc khánh'), ('2025-09-02', 'OFF', 'Quốc khánh'),
    ('2026-01-01', 'OFF', 'Tết Dương lịch'),
    ('2026-02-16', 'OFF', 'Tết Nguyên đán'), ('2026-02-17', 'OFF', 'Tết Nguyên đán'),
    ('2026-02-18', 'OFF', 'Tết Nguyên đán'), ('2026-02-19', 'OFF', 'Tết Nguyên đán'),
    ('2026-02-20', 'OFF', 'Tết Nguyên đán'),
    ('2026-04-27', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    ('2026-04-30', 'OFF', 'Ngày Chiến thắng'), ('2026-05-01', 'OFF', 'Quốc tế Lao động'),
    ('2026-09-01', 'OFF', 'Quốc khánh'), ('2026-09-02', 'OFF', 'Quốc khánh');

-- Lương cơ sở: the amount in force from a date (NĐ 38/2019, 24/2023, 73/2024; 2026 to confirm).
create table commendation_base_salary (
    valid_from date   primary key,
    amount     bigint not null check (amount > 0),
    source     text   not null
);

insert into commendation_base_salary (valid_from, amount, source) values
    ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP'),
    ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
    ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP'),
    ('2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP (cần xác nhận)');

-- A round: one campaign, one deciding authority (the unit whose chairman decides), the department
-- that vets, the council's rules (quorum and pass share as fractions), the money rounding step and
-- the certificate print offsets.
create table commendation_round (
    id                   bigserial primary key,
    campaign_id          bigint      not null references campaign (id),
    authority_unit_id    bigint      not null references org_unit (id),
    vetting_unit_id      bigint      not null references org_unit (id),
    title                text        not null check (length(title) between 1 and 500),
    authority_title      text        not null,
    signer_name          text,
    nomination_deadline  date        not null,
    quota_per_unit       int         check (quota_per_unit is null or quota_per_unit > 0),
    vetting_days         int         not null default 20 check (vetting_days between 1 and 120),
    quorum_num           int         not null default 2,
    quorum_den           int         not null default 3,
    pass_num             int         not null default 1,
    pass_den             int         not null default 2,
    rounding_step        bigint      not null default 10000 check (rounding_step > 0),
    cert_offset_x_mm     numeric(5, 1) not null default 0,
    cert_offset_y_mm     numeric(5, 1) not null default 0,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'DECIDED')),
    version              int         not null default 0,
    created_by           text        not null,
    created_at           timestamptz not null,
    check (quorum_num > 0 and quorum_den >= quorum_num and pass_num > 0 and pass_den >= pass_num)
);

create index commendation_round_campaign_idx on commendation_round (campaign_id);

-- The award types a round may give, with their money coefficient (× lương cơ sở).
create table commendation_award_type (
    id          bigserial primary key,
    round_id    bigint        not null references commendation_round (id) on delete cascade,
    code        text          not null check (code ~ '^[A-Z0-9_]{1,20}$'),
    name        text          not null,
    form        text          not null check (form in ('GIAY_KHEN', 'BANG_KHEN_TINH')),
    kind        text          not null check (kind in ('COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD')),
    coefficient numeric(6, 3) not null check (coefficient >= 0),
    unique (round_id, code)
);

-- A unit's submission of its nominations with a Tờ trình.
create table commendation_submission (
    id            bigserial primary key,
    round_id      bigint      not null references commendation_round (id),
    unit_id       bigint      not null references org_unit (id),
    document_id   bigint      references issued_document (id),
    number_line   text,
    submitted_on  date        not null,
    submitted_by  text        not null,
    submitted_at  timestamptz not null
);

create table commendation_nomination (
    id                  bigserial primary key,
    round_id            bigint      not null references commendation_round (id),
    unit_id             bigint      not null references org_unit (id),
    kind                text        not null check (kind in ('COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD')),
    nominee_unit_id     bigint      references org_unit (id),
    name                text        not null check (length(name) between 1 and 300),
    gender              text        check (gender in ('NAM', 'NU')),
    birth_year          int,
    position            text        check (position is null or length(position) <= 300),
    address             text        check (address is null or length(address) <= 300),
    women_percent       int         check (women_percent between 0 and 100),
    achievement         text        not null check (length(achievement) between 1 and 4000),
    award_type_id       bigint      not null references commendation_award_type (id),
    nominee_key         text        not null,
    cites_report_id     bigint,
    cites_festival_id   bigint,
    cited_summary       text,
    status              text        not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED')),
    reason              text,
    submission_id       bigint      references commendation_submission (id),
    received_on         date,
    due_on              date,
    vetted_by           text,
    vetted_at           timestamptz,
    discipline_pending  boolean     not null default false,
    discipline_note     text,
    version             int         not null default 0,
    created_by          text        not null,
    updated_at          timestamptz not null,
    unique (round_id, nominee_key)
);

create index commendation_nomination_round_idx on commendation_nomination (round_id, status);
create index commendation_nomination_due_idx on commendation_nomination (due_on) where status = 'SUBMITTED';

-- The council (Hội đồng thi đua, khen thưởng) of a round and its meetings.
create table commendation_council_member (
    id        bigserial primary key,
    round_id  bigint not null references commendation_round (id) on delete cascade,
    name      text   not null check (length(name) between 1 and 200),
    role      text   not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY')),
    position  text   not null check (length(position) between 1 and 300),
    ordinal   int    not null
);

create table commendation_meeting (
    id            bigserial primary key,
    round_id      bigint      not null references commendation_round (id),
    held_on       date        not null,
    members       int         not null check (members > 0),
    present       int         not null check (present >= 0 and present <= members),
    quorate       boolean     not null,
    document_id   bigint      references issued_document (id),
    number_line   text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

create table commendation_vote (
    meeting_id     bigint not null references commendation_meeting (id) on delete cascade,
    nomination_id  bigint not null references commendation_nomination (id),
    in_favour      int    not null check (in_favour >= 0),
    against        int    not null check (against >= 0),
    passed         boolean not null,
    primary key (meeting_id, nomination_id)
);

-- The chairman's decision and its lines, with the money as computed on the decision date.
create table commendation_decision (
    id            bigserial primary key,
    round_id      bigint      not null unique references commendation_round (id),
    meeting_id    bigint      not null references commendation_meeting (id),
    decided_on    date        not null,
    base_salary   bigint      not null,
    total         bigint      not null,
    document_id   bigint      references issued_document (id),
    number_line   text,
    notation      text,
    signer_name   text,
    decided_by    text        not null,
    decided_at    timestamptz not null
);

create table commendation_award (
    id             bigserial primary key,
    decision_id    bigint        not null references commendation_decision (id),
    nomination_id  bigint        not null unique references commendation_nomination (id),
    line_no        int           not null,
    coefficient    numeric(6, 3) not null,
    amount         bigint        not null check (amount >= 0)
);
