-- A paper (试卷): what a candidate sits and what an interviewer scores against.
create table paper (
    id                     bigserial primary key,
    title                  varchar(200)  not null,
    purpose                varchar(20)   not null,
    instructions           text,
    time_limit_minutes     int,
    pass_mark              numeric(7, 1),
    stated_total           numeric(7, 1),
    -- null: each multiple-choice question keeps its own partial-credit policy
    multiple_choice_policy varchar(30),
    shuffle_options        boolean       not null default false,
    shuffle_questions      boolean       not null default false,
    status                 varchar(10)   not null default 'DRAFT',
    published_at           timestamptz,
    published_by           bigint references app_user (id),
    cloned_from            bigint references paper (id),
    created_by             bigint        not null references app_user (id),
    created_at             timestamptz   not null,
    updated_by             bigint        not null references app_user (id),
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    creation_token         uuid unique,
    constraint paper_title_not_blank check (length(trim(title)) > 0),
    constraint paper_purpose_known check (purpose in ('WRITTEN_TEST', 'INTERVIEW')),
    constraint paper_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint paper_instructions_length check (instructions is null or length(instructions) <= 4000),
    constraint paper_time_limit_range check (time_limit_minutes is null or time_limit_minutes between 1 and 600),
    constraint paper_written_test_is_timed check (purpose = 'INTERVIEW' or time_limit_minutes is not null),
    constraint paper_pass_mark_range check (pass_mark is null or (pass_mark >= 0 and pass_mark * 2 = trunc(pass_mark * 2))),
    constraint paper_stated_total_range check (stated_total is null or (stated_total > 0 and stated_total <= 100000)),
    constraint paper_policy_known check (multiple_choice_policy is null or multiple_choice_policy in
                                         ('ALL_OR_NOTHING', 'HALF_IF_NO_WRONG', 'PROPORTIONAL_NO_WRONG')),
    constraint paper_published_has_time check (status = 'DRAFT' or published_at is not null)
);

-- 一、情景模拟题 … : numbered sections, each with optional instructions and shared background.
create table paper_section (
    id           bigserial primary key,
    paper_id     bigint       not null references paper (id) on delete cascade,
    position     int          not null,
    title        varchar(200) not null,
    instructions text,
    background   text,
    constraint paper_section_title_not_blank check (length(trim(title)) > 0),
    constraint paper_section_background_length check (background is null or length(background) <= 8000),
    constraint paper_section_instructions_length check (instructions is null or length(instructions) <= 4000)
);
create index paper_section_paper_ix on paper_section (paper_id);

-- A question placed in a section. frozen_revision is set when the paper is published:
-- from then on the paper shows that revision, whatever happens to the bank.
create table paper_item (
    id              bigserial primary key,
    section_id      bigint        not null references paper_section (id) on delete cascade,
    position        int           not null,
    question_id     bigint        not null references question (id),
    points          numeric(6, 1),
    frozen_revision int,
    constraint paper_item_points_range check (points is null or (points > 0 and points <= 1000
                                                                 and points * 2 = trunc(points * 2)))
);
create index paper_item_section_ix on paper_item (section_id);
create index paper_item_question_ix on paper_item (question_id);

-- "3 questions of kind scenario, tag 投诉处理, difficulty 3-4, 20 points each", drawn per candidate.
create table draw_rule (
    id             bigserial primary key,
    section_id     bigint        not null references paper_section (id) on delete cascade,
    position       int           not null,
    kind           varchar(20),
    tag            varchar(40),
    difficulty_min int           not null default 1,
    difficulty_max int           not null default 5,
    question_count int           not null,
    points_each    numeric(6, 1) not null,
    constraint draw_rule_difficulty check (difficulty_min between 1 and 5 and difficulty_max between 1 and 5
                                           and difficulty_min <= difficulty_max),
    constraint draw_rule_count check (question_count between 1 and 100),
    constraint draw_rule_points check (points_each > 0 and points_each <= 1000
                                       and points_each * 2 = trunc(points_each * 2))
);
create index draw_rule_section_ix on draw_rule (section_id);

-- The questions (and their revisions) a published rule draws from: frozen with the paper.
create table draw_rule_pool (
    rule_id     bigint not null references draw_rule (id) on delete cascade,
    question_id bigint not null references question (id),
    revision    int    not null,
    primary key (rule_id, question_id)
);
