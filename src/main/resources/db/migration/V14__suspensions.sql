-- Suspensions: a suspended participant can read, not contribute, until the end of the period (or
-- until a moderator lifts it).

create table suspension (
    id             bigint generated always as identity primary key,
    participant_id bigint       not null references participant (id) on delete cascade,
    starts_at      timestamptz  not null default now(),
    ends_at        timestamptz  not null,
    reason         varchar(16)  not null check (reason in ('SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    created_by     bigint       not null references participant (id),
    lifted_at      timestamptz,
    lifted_by      bigint references participant (id),
    constraint suspension_period_ck check (ends_at > starts_at)
);

create index suspension_active_ix on suspension (participant_id, ends_at) where lifted_at is null;

alter table notice
    drop constraint notice_kind_check,
    add constraint notice_kind_check check (kind in ('INVITEE_JOINED', 'INVITEE_CONTRIBUTED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED',
                                                     'WARNED', 'SUSPENDED'));
