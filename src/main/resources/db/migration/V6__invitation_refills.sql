-- Quotas refill in waves: an invitee's first contribution earns their inviter one more invitation,
-- up to the assembly's cap on a member's invitations (used and remaining together).

alter table assembly
    add column quota_cap integer not null default 20 check (quota_cap between 0 and 10000),
    add constraint assembly_quota_within_cap_ck check (default_quota <= quota_cap);

alter table invitation_edge
    add column first_contribution_at timestamptz;
