-- Assemblies gain their full description, the supports threshold and the closing message;
-- members join them, propose, support and debate.

alter table assembly
    add column description        text          not null default '' check (length(description) <= 20000),
    add column supports_threshold integer       not null default 10 check (supports_threshold between 1 and 100000),
    add column closing_message    varchar(2000) not null default '';

create table membership (
    assembly_id    bigint      not null references assembly (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    joined_at      timestamptz not null default now(),
    primary key (assembly_id, participant_id)
);

create index membership_participant_ix on membership (participant_id);

create table assembly_follow (
    assembly_id    bigint      not null references assembly (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    followed_at    timestamptz not null default now(),
    primary key (assembly_id, participant_id)
);

-- The supports column counts the rows of support; both change in one transaction.
create table proposal (
    id                bigint generated always as identity primary key,
    assembly_id       bigint        not null references assembly (id) on delete cascade,
    author_id         bigint        not null references participant (id),
    title             varchar(160)  not null check (length(btrim(title)) >= 3),
    body              varchar(5000) not null check (length(btrim(body)) >= 10),
    neighbourhood_id  bigint references neighbourhood (id),
    status            varchar(16)   not null default 'PUBLISHED'
        check (status in ('PUBLISHED', 'SELECTED', 'ADOPTED', 'REJECTED', 'WITHDRAWN', 'IMPLEMENTED')),
    supports          integer       not null default 0 check (supports >= 0),
    created_at        timestamptz   not null default now(),
    edited_at         timestamptz,
    status_changed_at timestamptz   not null default now()
);

create index proposal_assembly_ix on proposal (assembly_id, created_at desc);

create table proposal_status_change (
    id          bigint generated always as identity primary key,
    proposal_id bigint      not null references proposal (id) on delete cascade,
    status      varchar(16) not null,
    changed_at  timestamptz not null default now(),
    changed_by  bigint references participant (id)
);

create index proposal_status_change_ix on proposal_status_change (proposal_id, changed_at);

-- One support per member per proposal, whatever the concurrency: the primary key holds it.
create table support (
    proposal_id    bigint      not null references proposal (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    supported_at   timestamptz not null default now(),
    primary key (proposal_id, participant_id)
);

-- Threaded comments on an assembly (proposal_id null) or on one of its proposals. A deleted
-- comment stays as a tombstone so that its replies keep their place.
create table comment (
    id          bigint generated always as identity primary key,
    assembly_id bigint        not null references assembly (id) on delete cascade,
    proposal_id bigint references proposal (id) on delete cascade,
    parent_id   bigint references comment (id),
    depth       smallint      not null default 0 check (depth between 0 and 2),
    author_id   bigint        not null references participant (id),
    body        varchar(2000) not null,
    created_at  timestamptz   not null default now(),
    edited_at   timestamptz,
    deleted_at  timestamptz,
    constraint comment_body_ck check (deleted_at is not null or length(btrim(body)) > 0)
);

create index comment_thread_ix on comment (assembly_id, proposal_id, created_at);
create index comment_author_recent_ix on comment (author_id, created_at);
create index proposal_author_recent_ix on proposal (author_id, created_at);
