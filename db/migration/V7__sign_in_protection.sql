-- Failed sign-ins, per subject: an account ('account:<username>'), an address ('address:<ip>')
-- or a browser the account signed in from before ('device:<hash>'). How many recently (a
-- failure older than the window starts the count again), and until when the next try is
-- refused without looking at the password (a growing delay, then a temporary lock).
create table login_throttle (
    subject       varchar(140) primary key,
    failures      int          not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz,
    constraint login_throttle_failures_positive check (failures > 0)
);

-- A browser an account signed in from: a random token lives in its cookie, the token's SHA-256
-- here. Sign-ins from such a browser are held only by their own count, not by the account's
-- lock, so an attacker elsewhere cannot keep the owner out.
create table login_device (
    token_hash char(64)    primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    last_used  timestamptz not null,
    constraint login_device_hash_hex check (token_hash ~ '^[0-9a-f]{64}$')
);
create index login_device_user_ix on login_device (user_id);

-- Failed sign-ins and the locks they caused, for the admin.
create table login_audit (
    id       bigserial    primary key,
    username varchar(100) not null,
    address  varchar(64)  not null,
    outcome  varchar(10)  not null,
    at       timestamptz  not null,
    constraint login_audit_outcome_known check (outcome in ('FAILED', 'LOCKED'))
);
create index login_audit_username_ix on login_audit (username, at);
create index login_audit_at_ix on login_audit (at);
