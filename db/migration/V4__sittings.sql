-- An invitation: one candidate, one published paper, one attempt, reached by an unguessable link.
create table invitation (
    id             bigserial primary key,
    paper_id       bigint       not null references paper (id),
    -- 256 random bits, base64url; the link HR copies. Unique, so a token names one invitation.
    token          varchar(64)  not null,
    candidate_name varchar(100) not null,
    email          varchar(200),
    phone          varchar(40),
    opens_at       timestamptz  not null,
    closes_at      timestamptz  not null,
    extra_minutes  int          not null default 0,
    revoked_at     timestamptz,
    created_by     bigint       not null references app_user (id),
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint invitation_token_uk unique (token),
    constraint invitation_window check (closes_at > opens_at),
    constraint invitation_extra_minutes check (extra_minutes between 0 and 600),
    constraint invitation_name_not_blank check (length(trim(candidate_name)) > 0)
);
create index invitation_paper_ix on invitation (paper_id);

-- The one attempt an invitation allows. The deadline is fixed by the server at start.
create table attempt (
    id               bigserial primary key,
    invitation_id    bigint       not null references invitation (id),
    started_at       timestamptz  not null,
    deadline         timestamptz  not null,
    submitted_at     timestamptz,
    submitted_by     varchar(10),
    receipt_code     varchar(12),
    objective_score  numeric(7, 1),
    focus_losses     int          not null default 0,
    pastes           int          not null default 0,
    version          bigint       not null default 0,
    constraint attempt_one_per_invitation unique (invitation_id),
    constraint attempt_deadline_after_start check (deadline > started_at),
    constraint attempt_submitted_by_known check (submitted_by is null or submitted_by in ('CANDIDATE', 'DEADLINE')),
    constraint attempt_submission_complete check ((submitted_at is null) = (submitted_by is null)
                                                  and (submitted_at is null) = (receipt_code is null))
);
-- The deadline job looks for open attempts whose time is up.
create index attempt_open_deadline_ix on attempt (deadline) where submitted_at is null;

-- The questions this attempt shows, in order, frozen at start (draws and shuffles included).
create table attempt_question (
    attempt_id     bigint        not null references attempt (id) on delete cascade,
    position       int           not null,
    section_number int           not null,
    section_title  varchar(200)  not null,
    question_id    bigint        not null references question (id),
    revision       int           not null,
    points         numeric(6, 1) not null,
    -- the order in which options are shown: option_order[i] is the index of the original option
    option_order   int[]         not null default '{}',
    primary key (attempt_id, position)
);

-- The candidate's answer to one question. seq only grows: an older save never overwrites a newer one.
create table answer (
    attempt_id   bigint      not null references attempt (id) on delete cascade,
    position     int         not null,
    seq          bigint      not null,
    choices      int[],
    true_false   boolean,
    text_answer  text,
    flagged      boolean     not null default false,
    saved_at     timestamptz not null,
    auto_score   numeric(6, 1),
    primary key (attempt_id, position),
    constraint answer_text_length check (text_answer is null or length(text_answer) <= 20000),
    constraint answer_seq_positive check (seq > 0)
);
