-- Supports and meeting seats are counted in proposal.supports and meeting.registered. A cascade
-- from participant would delete the rows without the counts: a participant who holds any must be
-- removed by the application, which gives the supports and seats back first.

alter table support
    drop constraint support_participant_id_fkey,
    add constraint support_participant_id_fkey foreign key (participant_id) references participant (id);

alter table meeting_registration
    drop constraint meeting_registration_participant_id_fkey,
    add constraint meeting_registration_participant_id_fkey foreign key (participant_id) references participant (id);
