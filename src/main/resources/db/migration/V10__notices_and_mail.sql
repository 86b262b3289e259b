-- Notices: what the application tells a participant in the app (an invitee joined, an invitee's
-- first contribution). E-mail only for those who opted in, to their own address.

alter table participant
    add column notify_by_email boolean not null default false;

create table notice (
    id             bigint generated always as identity primary key,
    participant_id bigint       not null references participant (id) on delete cascade,
    kind           varchar(32)  not null check (kind in ('INVITEE_JOINED', 'INVITEE_CONTRIBUTED')),
    assembly_id    bigint       not null references assembly (id) on delete cascade,
    -- Whom the notice is about, as named when it happened.
    about          varchar(120) not null,
    created_at     timestamptz  not null default now(),
    read_at        timestamptz
);

create index notice_participant_ix on notice (participant_id, id desc);
create index notice_unread_ix on notice (participant_id) where read_at is null;

-- Messages waiting to leave through the mail session: written in the transaction that decided to
-- send them (so none is lost or sent for a change that was rolled back), sent by a timer, retried
-- with a growing delay.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(320) not null check (position('@' in recipient) > 1),
    subject         varchar(200) not null,
    body            text         not null check (length(body) <= 20000),
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null default now(),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(500)
);

create index mail_outbox_due_ix on mail_outbox (next_attempt_at) where sent_at is null and failed_at is null;
