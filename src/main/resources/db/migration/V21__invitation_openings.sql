-- Openings of live invitations, for the reports' funnel: counted per day, assembly and channel,
-- once per visit, nothing about who opened them.
create table invitation_opening (
    day         date    not null,
    assembly_id bigint  not null references assembly (id) on delete cascade,
    channel     varchar(16) not null check (channel in ('LINK', 'EMAIL', 'SMS', 'WHATSAPP', 'TELEGRAM', 'SHARE', 'QR', 'COUPON', 'POSTER')),
    openings    integer not null default 0 check (openings >= 0),
    primary key (day, assembly_id, channel)
);
