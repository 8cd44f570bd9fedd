-- Budget (kinh phí): estimates with their lines, appraisal per line, the approval, payments with
-- receipts, settlements per spending unit, dated spending norms and gift lists per festival.
-- Money is whole đồng in bigint everywhere; a line's amount is its quantity times its unit price,
-- exactly, and the database holds that rule too.

create table budget_norm (
    id              bigserial primary key,
    code            text   not null,
    name            text   not null,
    unit_of_measure text   not null,
    amount          bigint not null check (amount >= 0),
    valid_from      date   not null,
    valid_to        date,
    unique (code, valid_from)
);

create table budget_estimate (
    id                bigserial primary key,
    campaign_id       bigint      not null references campaign (id),
    unit_id           bigint      not null references org_unit (id),
    appraiser_unit_id bigint      not null references org_unit (id),
    approver_unit_id  bigint      not null references org_unit (id),
    title             text        not null check (length(title) between 1 and 300),
    status            text        not null check (status in
                          ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPRAISED', 'APPROVED')),
    revision          int         not null default 0,
    submission_number text,
    submission_doc_id bigint,
    appraisal_note    text,
    appraised_by      text,
    appraised_on      date,
    return_reason     text,
    approval_number   text,
    approval_doc_id   bigint,
    approved_on       date,
    approved_by       text,
    created_by        text        not null,
    created_at        timestamptz not null,
    version           int         not null default 0,
    unique (campaign_id, unit_id)
);

create table budget_line (
    id                bigserial primary key,
    estimate_id       bigint not null references budget_estimate (id),
    line_no           int    not null,
    activity          text   not null check (activity in ('PLAN_ITEM', 'FESTIVAL', 'GIFTS', 'PRIZE', 'OTHER')),
    activity_ref      bigint,
    activity_label    text   not null,
    content           text   not null check (length(content) between 1 and 500),
    unit_of_measure   text   not null check (length(unit_of_measure) between 1 and 50),
    quantity          bigint not null check (quantity > 0),
    unit_price        bigint not null check (unit_price >= 0),
    amount            bigint not null,
    source            text   not null check (source in ('LOCAL_BUDGET', 'SOCIALIZED', 'OTHER')),
    norm_code         text,
    spending_unit_id  bigint not null references org_unit (id),
    verdict           text   check (verdict in ('AGREE', 'REDUCE', 'REFUSE')),
    agreed_amount     bigint check (agreed_amount is null or agreed_amount >= 0),
    reason            text,
    check (amount = quantity * unit_price),
    check (agreed_amount is null or agreed_amount <= amount),
    unique (estimate_id, line_no)
);

create index budget_line_unit_idx on budget_line (spending_unit_id);

create table budget_payment (
    id           bigserial primary key,
    line_id      bigint      not null references budget_line (id),
    estimate_id  bigint      not null references budget_estimate (id),
    paid_on      date        not null,
    payee        text        not null check (length(payee) between 1 and 300),
    amount       bigint      not null check (amount > 0),
    file_name    text        not null,
    file_type    text        not null,
    content      bytea       not null,
    sha256       text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create index budget_payment_line_idx on budget_payment (line_id);

create table budget_settlement (
    id          bigserial primary key,
    estimate_id bigint      not null references budget_estimate (id),
    unit_id     bigint      not null references org_unit (id),
    approved    bigint      not null,
    spent       bigint      not null,
    settled_on  date        not null,
    settled_by  text        not null,
    settled_at  timestamptz not null,
    unique (estimate_id, unit_id)
);

create table budget_gift (
    id             bigserial primary key,
    festival_id    bigint      not null references festival (id),
    recipient      text        not null check (length(recipient) between 1 and 300),
    recipient_kind text        not null check (recipient_kind in ('PERSON', 'COLLECTIVE')),
    category       text        not null check (category in ('MOVEMENT_FAMILY', 'POLICY', 'EXEMPLARY', 'OTHER')),
    kind           text        not null check (length(kind) between 1 and 200),
    value          bigint      not null check (value >= 0),
    giver_user_id  bigint      not null,
    handed_on      date,
    created_by     text        not null,
    created_at     timestamptz not null
);

create index budget_gift_festival_idx on budget_gift (festival_id);

-- Spending norms (định mức) in force from 2022: dated data, a new value is a new row.
insert into budget_norm (code, name, unit_of_measure, amount, valid_from) values
    ('MEAL', 'Tiền ăn đại biểu', 'suất', 150000, date '2022-01-01'),
    ('GIFT', 'Quà tặng', 'suất', 500000, date '2022-01-01'),
    ('BANNER', 'Pano, băng rôn, ma-két', 'cái', 2500000, date '2022-01-01'),
    ('WATER', 'Nước uống đại biểu', 'người', 20000, date '2022-01-01');
