-- Single-use coupons: printed cards, each with its own QR code and a short code to type. A coupon
-- takes its unit of the inviter's quota when it is printed (given back if it is revoked unused),
-- and is redeemed once: "update ... where redeemed_at is null".

create table invitation_coupon (
    id          bigint generated always as identity primary key,
    assembly_id bigint      not null references assembly (id) on delete cascade,
    inviter_id  bigint      not null references participant (id),
    nonce       bytea       not null check (length(nonce) = 16),
    token_hash  bytea       not null unique check (length(token_hash) = 32),
    code_hash   bytea       not null unique check (length(code_hash) = 32),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    redeemed_by bigint references participant (id),
    redeemed_at timestamptz,
    constraint invitation_coupon_used_once_ck check ((redeemed_by is null) = (redeemed_at is null)),
    constraint invitation_coupon_revoked_unused_ck check (revoked_at is null or redeemed_at is null)
);

create index invitation_coupon_inviter_ix on invitation_coupon (inviter_id, assembly_id);

alter table invitation_edge
    alter column link_id drop not null,
    add column coupon_id bigint references invitation_coupon (id),
    add constraint invitation_edge_one_origin_ck check ((link_id is null) <> (coupon_id is null)),
    drop constraint invitation_edge_channel_check,
    add constraint invitation_edge_channel_check
        check (channel in ('LINK', 'EMAIL', 'SMS', 'WHATSAPP', 'TELEGRAM', 'SHARE', 'QR', 'COUPON'));
