-- The town's census baseline, uploaded by an administrator as a CSV: how many inhabitants each
-- neighbourhood has in each age band. The reach reports compare members with it. An upload
-- replaces the whole baseline, in one transaction.

create table census (
    neighbourhood_id bigint  not null references neighbourhood (id) on delete cascade,
    age_band_id      bigint  not null references age_band (id) on delete cascade,
    population       integer not null check (population between 0 and 10000000),
    primary key (neighbourhood_id, age_band_id)
);

alter table town add column census_uploaded_at timestamptz;
