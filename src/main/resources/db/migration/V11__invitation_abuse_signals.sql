-- Anti-abuse: rate limits on redemptions, coupon printing and typed codes, per participant and per
-- address; flags (not blocks) for redemptions from the inviter's own device or address; alerts on
-- links redeemed unusually fast. Addresses and devices are kept only as keyed hashes.

create table invitation_attempt (
    id             bigint generated always as identity primary key,
    kind           varchar(16) not null check (kind in ('REDEMPTION', 'COUPONS', 'CODE_MISS')),
    participant_id bigint references participant (id) on delete cascade,
    address_hash   bytea       not null check (length(address_hash) = 32),
    -- How many units the attempt counts for (coupons printed at once).
    units          integer     not null default 1 check (units between 1 and 1000),
    at             timestamptz not null default now()
);

create index invitation_attempt_participant_ix on invitation_attempt (participant_id, kind, at) where participant_id is not null;
create index invitation_attempt_address_ix on invitation_attempt (address_hash, kind, at);
create index invitation_attempt_at_ix on invitation_attempt (at);

-- Where members act from when they invite: compared with where their invitees redeem.
create table participant_device (
    participant_id bigint      not null references participant (id) on delete cascade,
    device_hash    bytea       not null check (length(device_hash) = 32),
    address_hash   bytea       not null check (length(address_hash) = 32),
    last_seen_at   timestamptz not null default now(),
    primary key (participant_id, device_hash, address_hash)
);

alter table invitation_edge
    add column same_device boolean not null default false,
    add column same_address boolean not null default false;

create table invitation_alert (
    id             bigint generated always as identity primary key,
    assembly_id    bigint      not null references assembly (id) on delete cascade,
    kind           varchar(16) not null check (kind in ('BURST')),
    link_id        bigint references invitation_link (id),
    poster_id      bigint references poster (id),
    redemptions    integer     not null check (redemptions > 0),
    window_minutes integer     not null check (window_minutes > 0),
    created_at     timestamptz not null default now(),
    constraint invitation_alert_origin_ck check (num_nonnulls(link_id, poster_id) = 1)
);

create index invitation_alert_assembly_ix on invitation_alert (assembly_id, created_at desc);
