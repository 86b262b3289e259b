-- Moderation: flags from participants, one case per flagged item, items hidden after N flags
-- pending review, decisions by moderators, and an append-only audit trail.

alter table assembly
    add column flag_threshold integer not null default 3 check (flag_threshold between 1 and 100);

-- Null: visible. 'PENDING': hidden until a moderator reviews it. Otherwise the public reason it
-- was hidden for.
alter table proposal
    add column hidden_reason varchar(16)
        check (hidden_reason in ('PENDING', 'SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER'));
alter table comment
    add column hidden_reason varchar(16)
        check (hidden_reason in ('PENDING', 'SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER'));

create table moderation_case (
    id            bigint generated always as identity primary key,
    item_kind     varchar(16) not null check (item_kind in ('PROPOSAL', 'COMMENT')),
    item_id       bigint      not null,
    assembly_id   bigint      not null references assembly (id) on delete cascade,
    author_id     bigint      not null references participant (id),
    status        varchar(16) not null default 'OPEN' check (status in ('OPEN', 'HIDDEN', 'RESTORED', 'DISMISSED')),
    flags         integer     not null default 0 check (flags >= 0),
    first_flag_at timestamptz not null default now(),
    last_flag_at  timestamptz not null default now(),
    decided_by    bigint references participant (id),
    decided_at    timestamptz,
    -- Every decision raises it: two moderators acting on the same version, one wins.
    version       integer     not null default 0,
    constraint moderation_case_item_uk unique (item_kind, item_id)
);

create index moderation_case_queue_ix on moderation_case (status, last_flag_at desc);
create index moderation_case_assembly_ix on moderation_case (assembly_id, status);

-- One flag per participant per item.
create table flag (
    id         bigint generated always as identity primary key,
    case_id    bigint       not null references moderation_case (id) on delete cascade,
    flagger_id bigint       not null references participant (id),
    reason     varchar(16)  not null check (reason in ('SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    details    varchar(500) not null default '',
    created_at timestamptz  not null default now(),
    constraint flag_once_uk unique (case_id, flagger_id),
    constraint flag_other_explained_ck check (reason <> 'OTHER' or length(btrim(details)) > 0)
);

-- Who did what, when, on which object, before and after. Append-only: the application has no
-- statement that changes or deletes an entry, and the database refuses them anyway.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor_id    bigint references participant (id),
    action      varchar(48) not null,
    object_kind varchar(24) not null,
    object_id   bigint,
    assembly_id bigint,
    before      jsonb,
    after       jsonb
);

create index audit_entry_at_ix on audit_entry (at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

alter table notice
    drop constraint notice_kind_check,
    add constraint notice_kind_check check (kind in ('INVITEE_JOINED', 'INVITEE_CONTRIBUTED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED'));
