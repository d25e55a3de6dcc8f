-- E-mails to candidates, through an outbox: a mail is queued in the same transaction as the
-- request that asks for it and sent by a job (retried with growing pauses when the SMTP server
-- refuses or is away), so a restart loses none and several nodes send each once (SKIP LOCKED).
create table invitation_mail (
    id              bigserial    primary key,
    invitation_id   bigint       not null references invitation (id) on delete cascade,
    kind            varchar(10)  not null,
    recipient       varchar(200) not null,
    subject         varchar(300) not null,
    body            text         not null,
    link            varchar(500) not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_by      bigint       references app_user (id),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint invitation_mail_kind_known check (kind in ('INVITE', 'REMINDER')),
    constraint invitation_mail_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint invitation_mail_sent_when_sent check ((status = 'SENT') = (sent_at is not null)),
    constraint invitation_mail_attempts_positive check (attempts >= 0)
);
create index invitation_mail_due_ix on invitation_mail (next_attempt_at) where status = 'PENDING';
create index invitation_mail_invitation_ix on invitation_mail (invitation_id, id);
-- one reminder per invitation, however many nodes look for the ones due
create unique index invitation_mail_one_reminder_uk on invitation_mail (invitation_id) where kind = 'REMINDER';

-- What the mails say, editable by HR (one text per kind, in both languages by default).
-- Placeholders: {name} {paper} {link} {opens} {closes} {time}.
create table mail_template (
    kind       varchar(10)  primary key,
    subject    varchar(300) not null,
    body       text         not null,
    updated_by bigint       not null references app_user (id),
    updated_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint mail_template_kind_known check (kind in ('INVITE', 'REMINDER')),
    constraint mail_template_body_length check (length(body) <= 10000),
    constraint mail_template_not_blank check (length(trim(subject)) > 0 and length(trim(body)) > 0)
);
