-- Moderators of one assembly: residents appointed by the town's moderators or administrators, who
-- moderate that assembly and no other (the realm role "moderator" moderates every assembly).
create table assembly_moderator (
    assembly_id    bigint      not null references assembly (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    appointed_by   bigint      references participant (id) on delete set null,
    appointed_at   timestamptz not null default now(),
    primary key (assembly_id, participant_id)
);

create index assembly_moderator_participant_ix on assembly_moderator (participant_id);

-- A suspension decided within one assembly holds there only; without an assembly, everywhere.
alter table suspension add column assembly_id bigint references assembly (id) on delete cascade;

-- Bans: the account is disabled in the identity provider. At most one ban in force per participant
-- (the partial unique index holds it when two moderators ban at once).
create table ban (
    id             bigint generated always as identity primary key,
    participant_id bigint       not null references participant (id) on delete cascade,
    reason         varchar(16)  not null check (reason in ('SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    created_by     bigint       not null references participant (id),
    created_at     timestamptz  not null default now(),
    lifted_at      timestamptz,
    lifted_by      bigint references participant (id)
);

create unique index ban_in_force_ux on ban (participant_id) where lifted_at is null;

alter table notice
    drop constraint notice_kind_check,
    add constraint notice_kind_check check (kind in ('INVITEE_JOINED', 'INVITEE_CONTRIBUTED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED',
                                                     'WARNED', 'SUSPENDED', 'SUSPENDED_HERE'));
