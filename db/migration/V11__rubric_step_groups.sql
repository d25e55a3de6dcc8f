-- "Any 3 of these 4 points, 2 points each": steps may form a group (A, B or C) that counts at
-- most its cap. The steps name their group; the caps are kept per question.
alter table rubric_step add column step_group varchar(1);
alter table rubric_step add constraint rubric_step_group_known check (step_group in ('A', 'B', 'C'));

create table rubric_step_group (
    question_id bigint        not null references question (id) on delete cascade,
    name        varchar(1)    not null,
    cap         numeric(6, 1) not null,
    primary key (question_id, name),
    constraint rubric_step_group_name_known check (name in ('A', 'B', 'C')),
    constraint rubric_step_group_cap_range check (cap > 0 and cap <= 1000 and cap * 2 = trunc(cap * 2))
);
