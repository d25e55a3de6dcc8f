-- Grading: who scores what, each grader's step scores, panels, settlements and the audit trail.

-- A live interview is an attempt with no online sitting: it is "submitted" when the interviewer opens it.
alter table attempt drop constraint attempt_submitted_by_known;
alter table attempt add constraint attempt_submitted_by_known
    check (submitted_by is null or submitted_by in ('CANDIDATE', 'DEADLINE', 'LIVE'));

-- How a paper's panel scores are combined, when a difference is flagged, and whether graders see names.
create table grading_policy (
    paper_id       bigint      primary key references paper (id),
    aggregation    varchar(10) not null default 'MEAN',
    flag_percent   int         not null default 20,
    blind          boolean     not null default false,
    updated_by     bigint      not null references app_user (id),
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    constraint grading_policy_aggregation_known check (aggregation in ('MEAN', 'MEDIAN', 'CONSENSUS')),
    constraint grading_policy_flag_percent_range check (flag_percent between 1 and 100)
);

-- An interviewer assigned to grade a paper's attempts: all of them (invitation_id null) or one candidate's.
create table grading_assignment (
    id            bigserial   primary key,
    paper_id      bigint      not null references paper (id),
    invitation_id bigint      references invitation (id),
    grader_id     bigint      not null references app_user (id),
    lead          boolean     not null default false,
    created_by    bigint      not null references app_user (id),
    created_at    timestamptz not null
);
create unique index grading_assignment_uk on grading_assignment (paper_id, coalesce(invitation_id, 0), grader_id);
create index grading_assignment_grader_ix on grading_assignment (grader_id);

-- One grader's scoring of one attempt. Complete means handed in: only HR can reopen it.
create table grading_sheet (
    id           bigserial   primary key,
    attempt_id   bigint      not null references attempt (id),
    grader_id    bigint      not null references app_user (id),
    created_at   timestamptz not null,
    completed_at timestamptz,
    version      bigint      not null default 0,
    constraint grading_sheet_uk unique (attempt_id, grader_id)
);

-- One grader's score of one question. score is computed on the server from the step scores
-- (scaled to the question's points in the paper when the rubric adds up to something else);
-- it is null until every step has a score.
create table grade (
    id           bigserial     primary key,
    sheet_id     bigint        not null references grading_sheet (id) on delete cascade,
    position     int           not null,
    score        numeric(8, 2),
    comment      text,
    notes        text,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint grade_uk unique (sheet_id, position),
    constraint grade_comment_length check (comment is null or length(comment) <= 4000),
    constraint grade_notes_length check (notes is null or length(notes) <= 20000),
    constraint grade_score_range check (score is null or score >= 0)
);

create table step_score (
    grade_id bigint        not null references grade (id) on delete cascade,
    step     int           not null,
    score    numeric(6, 1),
    comment  text,
    primary key (grade_id, step),
    constraint step_score_half_points check (score is null or (score >= 0 and score * 2 = trunc(score * 2))),
    constraint step_score_comment_length check (comment is null or length(comment) <= 2000)
);

-- The final word on one question of one attempt: a grader's override of an automatic score,
-- or the lead's / HR's reconciliation of a panel's scores (then with step scores).
create table settlement (
    id          bigserial     primary key,
    attempt_id  bigint        not null references attempt (id),
    position    int           not null,
    kind        varchar(10)   not null,
    score       numeric(8, 2) not null,
    reason      text          not null,
    settled_by  bigint        not null references app_user (id),
    settled_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint settlement_uk unique (attempt_id, position),
    constraint settlement_kind_known check (kind in ('OVERRIDE', 'RECONCILED')),
    constraint settlement_score_range check (score >= 0),
    constraint settlement_reason_not_blank check (length(trim(reason)) > 0 and length(reason) <= 2000)
);

create table settlement_step (
    settlement_id bigint       not null references settlement (id) on delete cascade,
    step          int          not null,
    score         numeric(6, 1) not null,
    primary key (settlement_id, step),
    constraint settlement_step_half_points check (score >= 0 and score * 2 = trunc(score * 2))
);

-- Every change to a score, a comment, a completion or a settlement: who, when, old, new, why.
-- Changes to a paper's panel or policy (which move computed results) are kept here too, by paper.
create table score_audit (
    id          bigserial    primary key,
    attempt_id  bigint       references attempt (id),
    paper_id    bigint       references paper (id),
    position    int,
    step        int,
    grader_id   bigint       references app_user (id),
    what        varchar(20)  not null,
    old_value   text,
    new_value   text,
    reason      text,
    changed_by  bigint       not null references app_user (id),
    changed_at  timestamptz  not null,
    constraint score_audit_subject check (attempt_id is not null or paper_id is not null)
);
create index score_audit_attempt_ix on score_audit (attempt_id, changed_at);
create index score_audit_paper_ix on score_audit (paper_id, changed_at) where attempt_id is null;
