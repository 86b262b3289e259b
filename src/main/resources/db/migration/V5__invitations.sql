-- Viral invitations: quotas per member and assembly, personal links, and the invitation tree.

alter table assembly
    add column default_quota integer not null default 5 check (default_quota between 0 and 1000);

-- Where a member comes from: seeds (joined by themselves or added by moderators) are generation 0.
alter table membership
    add column generation integer not null default 0 check (generation >= 0),
    add column invited_by bigint references participant (id);

-- A member's invitations for one assembly. remaining never goes below zero, whatever the
-- concurrency: a redemption takes a unit with "update ... where remaining > 0".
create table invitation_quota (
    assembly_id    bigint  not null,
    participant_id bigint  not null,
    remaining      integer not null check (remaining >= 0),
    used           integer not null default 0 check (used >= 0),
    primary key (assembly_id, participant_id),
    foreign key (assembly_id, participant_id) references membership (assembly_id, participant_id) on delete cascade
);

-- A personal link. The token is HMAC(server secret, nonce): the database holds the nonce and the
-- token's SHA-256, never the token itself, so a copy of the database alone opens no invitation.
create table invitation_link (
    id          bigint generated always as identity primary key,
    assembly_id bigint       not null references assembly (id) on delete cascade,
    inviter_id  bigint       not null references participant (id),
    nonce       bytea        not null check (length(nonce) = 16),
    token_hash  bytea        not null unique check (length(token_hash) = 32),
    message     varchar(280) not null default '',
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    revoked_at  timestamptz,
    constraint invitation_link_expiry_ck check (expires_at > created_at)
);

-- One live personal link per member and assembly.
create unique index invitation_link_live_uk on invitation_link (assembly_id, inviter_id) where revoked_at is null;

-- Who brought whom into which assembly, by which channel. The first redemption counts: one edge per
-- invitee and assembly.
create table invitation_edge (
    id          bigint generated always as identity primary key,
    assembly_id bigint      not null references assembly (id) on delete cascade,
    inviter_id  bigint      not null references participant (id),
    invitee_id  bigint      not null references participant (id),
    link_id     bigint      not null references invitation_link (id),
    channel     varchar(16) not null check (channel in ('LINK', 'EMAIL', 'SMS', 'WHATSAPP', 'TELEGRAM', 'SHARE', 'QR')),
    generation  integer     not null check (generation >= 1),
    opened_at   timestamptz,
    joined_at   timestamptz not null default now(),
    constraint invitation_edge_invitee_uk unique (assembly_id, invitee_id),
    constraint invitation_edge_not_self_ck check (inviter_id <> invitee_id)
);

create index invitation_edge_inviter_ix on invitation_edge (inviter_id, assembly_id);
