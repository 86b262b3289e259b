-- Meetings: the in-person part of an assembly, with a number of seats held by the database.

create table meeting (
    id          bigint generated always as identity primary key,
    assembly_id bigint        not null references assembly (id) on delete cascade,
    title       varchar(160)  not null check (length(btrim(title)) >= 3),
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null,
    place       varchar(300)  not null check (length(btrim(place)) > 0),
    capacity    integer       not null check (capacity between 1 and 100000),
    registered  integer       not null default 0,
    description varchar(5000) not null default '',
    created_at  timestamptz   not null default now(),
    constraint meeting_times_ck check (ends_at > starts_at),
    -- Never more registrations than seats, whatever the concurrency.
    constraint meeting_seats_ck check (registered between 0 and capacity)
);

create index meeting_assembly_ix on meeting (assembly_id, starts_at);

create table meeting_registration (
    meeting_id     bigint      not null references meeting (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    registered_at  timestamptz not null default now(),
    primary key (meeting_id, participant_id)
);
