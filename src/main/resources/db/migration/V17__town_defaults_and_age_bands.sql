-- What the town sets once for all its assemblies: the defaults a new assembly starts from (each
-- assembly's moderators can then change its own), how long invitations last, and the age bands in
-- which residents may describe themselves (for the reach reports, compared with the census).

alter table town
    add column default_quota          integer not null default 5 check (default_quota between 0 and 1000),
    add column default_quota_cap      integer not null default 20 check (default_quota_cap between 0 and 10000),
    add column default_flag_threshold integer not null default 3 check (default_flag_threshold between 1 and 100),
    add column invitation_days        integer not null default 30 check (invitation_days between 1 and 365),
    add constraint town_quota_within_cap_ck check (default_quota <= default_quota_cap);

-- An age band from min_age to max_age included; no max_age means "and over". Bands never overlap
-- (the exclusion constraint holds it whatever the concurrency).
create table age_band (
    id      bigint generated always as identity primary key,
    min_age integer not null check (min_age between 0 and 120),
    max_age integer check (max_age between 0 and 120),
    constraint age_band_order_ck check (max_age is null or max_age >= min_age),
    constraint age_band_disjoint_ex exclude using gist (int4range(min_age, coalesce(max_age, 120), '[]') with &&)
);

-- The bands most censuses publish, to start from.
insert into age_band (min_age, max_age) values (15, 29), (30, 44), (45, 59), (60, 74), (75, null);
