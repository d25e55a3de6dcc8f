-- People who sign in: admins, HR and interviewers. Candidates never get an account.
create table app_user (
    id              bigserial primary key,
    username        varchar(50)  not null,
    display_name    varchar(100) not null,
    password_hash   varchar(100) not null,
    active          boolean      not null default true,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,49}$'),
    constraint app_user_display_name_not_blank check (length(trim(display_name)) > 0)
);
create unique index app_user_username_uk on app_user (username);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint app_user_role_known check (role in ('ADMIN', 'HR', 'INTERVIEWER'))
);

-- Spring Session JDBC: sessions live in PostgreSQL so app nodes keep no state.
-- Copied from spring-session-jdbc's schema-postgresql.sql (Flyway owns the schema).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
