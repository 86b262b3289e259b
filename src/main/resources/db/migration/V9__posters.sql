-- Poster codes: QR codes tied to a place, not a person. People arriving through a poster are
-- generation 1 with the poster as their origin: their edge has a poster and no inviter.

create table poster (
    id               bigint generated always as identity primary key,
    assembly_id      bigint       not null references assembly (id) on delete cascade,
    name             varchar(120) not null check (length(btrim(name)) > 0),
    -- The name as compared: lower case in every alphabet (computed by the application, which does
    -- not depend on the database's collation for it).
    name_key         varchar(120) not null,
    address          varchar(200) not null default '',
    neighbourhood_id bigint references neighbourhood (id),
    nonce            bytea        not null check (length(nonce) = 16),
    token_hash       bytea        not null unique check (length(token_hash) = 32),
    created_by       bigint       not null references participant (id),
    created_at       timestamptz  not null default now(),
    retired_at       timestamptz,
    -- Openings of the poster's link, at most one per visit; an atomic "scans = scans + 1".
    scans            bigint       not null default 0 check (scans >= 0)
);

create unique index poster_live_name_uk on poster (assembly_id, name_key) where retired_at is null;

alter table invitation_edge
    alter column inviter_id drop not null,
    add column poster_id bigint references poster (id),
    drop constraint invitation_edge_one_origin_ck,
    add constraint invitation_edge_one_origin_ck check (num_nonnulls(link_id, coupon_id, poster_id) = 1),
    add constraint invitation_edge_poster_has_no_inviter_ck check ((poster_id is null) <> (inviter_id is null)),
    add constraint invitation_edge_poster_generation_ck check (poster_id is null or generation = 1),
    drop constraint invitation_edge_channel_check,
    add constraint invitation_edge_channel_check
        check (channel in ('LINK', 'EMAIL', 'SMS', 'WHATSAPP', 'TELEGRAM', 'SHARE', 'QR', 'COUPON', 'POSTER'));

create index invitation_edge_poster_ix on invitation_edge (poster_id) where poster_id is not null;
