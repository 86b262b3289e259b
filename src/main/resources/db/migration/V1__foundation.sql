-- The foundation: the town, its neighbourhoods, participants and assemblies.

create table town (
    id   smallint primary key default 1 check (id = 1),
    name varchar(120) not null check (length(btrim(name)) > 0)
);

create table neighbourhood (
    id   bigint generated always as identity primary key,
    code varchar(40)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name varchar(120) not null unique check (length(btrim(name)) > 0)
);

-- A participant is keyed by the identity provider's issuer and subject, never by e-mail.
create table participant (
    id               bigint generated always as identity primary key,
    issuer           varchar(255) not null,
    subject          varchar(255) not null,
    display_name     varchar(120) not null check (length(btrim(display_name)) > 0),
    email            varchar(320),
    locale           varchar(8),
    first_sign_in_at timestamptz  not null,
    last_sign_in_at  timestamptz  not null,
    sign_in_count    integer      not null default 1 check (sign_in_count > 0),
    constraint participant_identity_uk unique (issuer, subject),
    constraint participant_sign_in_order_ck check (first_sign_in_at <= last_sign_in_at)
);

create index participant_last_sign_in_ix on participant (last_sign_in_at);

create table assembly (
    id         bigint generated always as identity primary key,
    title      varchar(160) not null check (length(btrim(title)) > 0),
    summary    varchar(500) not null,
    topic      varchar(80),
    phase      varchar(16)  not null check (phase in ('DRAFT', 'OPEN', 'VOTING', 'CLOSED')),
    visibility varchar(16)  not null check (visibility in ('PUBLIC', 'BY_INVITATION')),
    opens_on   date,
    voting_on  date,
    closes_on  date,
    created_at timestamptz  not null default now(),
    constraint assembly_dates_in_order_ck check (opens_on <= voting_on and voting_on <= closes_on)
);

create index assembly_phase_ix on assembly (phase);

create table assembly_neighbourhood (
    assembly_id      bigint not null references assembly (id) on delete cascade,
    neighbourhood_id bigint not null references neighbourhood (id),
    primary key (assembly_id, neighbourhood_id)
);
