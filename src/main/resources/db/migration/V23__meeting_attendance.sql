-- How many people came to a meeting, counted in the room and recorded by its moderators once it
-- has begun (walk-ins included, so it may exceed the registrations). Null until recorded.
alter table meeting add column attended integer check (attended between 0 and 100000);
alter table meeting add column attendance_recorded_at timestamptz;
alter table meeting add constraint meeting_attendance_after_start_ck
    check (attendance_recorded_at is null or attendance_recorded_at >= starts_at);
