-- A case: one shared background (案例背景) that several questions rely on.
create table question_case (
    id             bigserial primary key,
    title          varchar(200) not null,
    background     text         not null,
    created_by     bigint       not null references app_user (id),
    created_at     timestamptz  not null,
    updated_by     bigint       not null references app_user (id),
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    creation_token uuid unique,
    constraint question_case_title_not_blank check (length(trim(title)) > 0),
    constraint question_case_background_length check (length(background) between 1 and 8000)
);

create table question (
    id               bigserial primary key,
    kind             varchar(20)  not null,
    stem             text         not null,
    background       text,
    points           numeric(6, 1) not null,
    difficulty       int          not null,
    language         varchar(10)  not null,
    tags             varchar[]    not null default '{}',
    case_id          bigint references question_case (id),
    partial_credit   varchar(30),
    true_false_key   boolean,
    explanation      text,
    reference_answer text,
    scoring_focus    varchar[]    not null default '{}',
    pitfalls         varchar[]    not null default '{}',
    competencies     varchar[]    not null default '{}',
    status           varchar(10)  not null default 'ACTIVE',
    revision         int          not null,
    -- lower-cased, width-folded stem + background + tags, kept by the entity, for substring search
    -- that works for Chinese (no word segmentation needed) as well as English.
    search_text      text         not null,
    created_by       bigint       not null references app_user (id),
    created_at       timestamptz  not null,
    updated_by       bigint       not null references app_user (id),
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    creation_token   uuid unique,
    constraint question_kind_known check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER',
                                                   'CASE_ANALYSIS', 'SCENARIO', 'BEHAVIOURAL', 'ESSAY')),
    constraint question_stem_length check (length(trim(stem)) between 1 and 4000),
    constraint question_background_length check (background is null or length(background) <= 8000),
    constraint question_points_range check (points > 0 and points <= 1000 and points * 2 = trunc(points * 2)),
    constraint question_difficulty_range check (difficulty between 1 and 5),
    constraint question_language_known check (language in ('zh-CN', 'en')),
    constraint question_status_known check (status in ('ACTIVE', 'ARCHIVED')),
    constraint question_partial_credit_known check (partial_credit is null or partial_credit in
                                                    ('ALL_OR_NOTHING', 'HALF_IF_NO_WRONG', 'PROPORTIONAL_NO_WRONG')),
    constraint question_partial_credit_only_multiple check ((kind = 'MULTIPLE_CHOICE') = (partial_credit is not null)),
    constraint question_true_false_key check ((kind = 'TRUE_FALSE') = (true_false_key is not null)),
    constraint question_revision_positive check (revision >= 1)
);
create index question_kind_ix on question (kind);
create index question_case_ix on question (case_id);
create index question_tags_ix on question using gin (tags);

-- Options of a choice question, in the order the author wrote them (A, B, C …).
create table question_option (
    question_id bigint        not null references question (id) on delete cascade,
    position    int           not null,
    text        varchar(1000) not null,
    correct     boolean       not null,
    primary key (question_id, position),
    constraint question_option_text_not_blank check (length(trim(text)) > 0)
);

-- The rubric: ordered, scored steps of a subjective question's reference answer.
create table rubric_step (
    question_id   bigint       not null references question (id) on delete cascade,
    position      int          not null,
    label         varchar(200) not null,
    max_points    numeric(6, 1) not null,
    guidance      text,
    model_wording text,
    primary key (question_id, position),
    constraint rubric_step_label_not_blank check (length(trim(label)) > 0),
    constraint rubric_step_points_range check (max_points > 0 and max_points <= 1000
                                               and max_points * 2 = trunc(max_points * 2))
);

-- Every saved state of a question, as the interviewer would see it. Papers will freeze
-- (question_id, revision), so a row here is never updated or deleted.
create table question_revision (
    id             bigserial primary key,
    question_id    bigint      not null references question (id),
    revision       int         not null,
    content        jsonb       not null,
    changed_fields varchar[]   not null default '{}',
    changed_by     bigint      not null references app_user (id),
    changed_at     timestamptz not null,
    constraint question_revision_uk unique (question_id, revision)
);
