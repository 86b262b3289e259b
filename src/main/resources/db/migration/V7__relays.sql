-- Relays (associations, local figures, partners) hold a larger quota, granted by moderators, and
-- are marked as such for the reports.

alter table membership
    add column relay boolean not null default false;

alter table invitation_quota
    add constraint invitation_quota_bounded_ck check (remaining <= 10000);
