-- Profiles: a few words a participant writes about themselves, shown on their public profile; a
-- profile can be reported and hidden like a contribution. Reports on profiles belong to no
-- assembly: the town's moderators review them, after as many reports as the town decides.

alter table participant
    add column about         varchar(500) not null default '',
    add column hidden_reason varchar(16) check (hidden_reason in ('PENDING', 'SPAM', 'INSULT', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER'));

alter table moderation_case
    alter column assembly_id drop not null,
    drop constraint moderation_case_item_kind_check,
    add constraint moderation_case_item_kind_check check (item_kind in ('PROPOSAL', 'COMMENT', 'PARTICIPANT')),
    -- A contribution belongs to an assembly; a profile to none.
    add constraint moderation_case_assembly_ck check ((item_kind = 'PARTICIPANT') = (assembly_id is null));

alter table town
    add column profile_flag_threshold integer not null default 3 check (profile_flag_threshold between 1 and 100);

alter table notice
    alter column assembly_id drop not null,
    drop constraint notice_kind_check,
    add constraint notice_kind_check check (kind in ('INVITEE_JOINED', 'INVITEE_CONTRIBUTED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED',
                                                     'WARNED', 'SUSPENDED', 'SUSPENDED_HERE', 'PROFILE_HIDDEN', 'PROFILE_RESTORED'));
