-- What a participant may say about themselves for the reach reports, on an optional step: their
-- neighbourhood and age band, each answered, declined ("prefer not to say") or not answered yet.
-- Reports only ever show these as counts of at least k people (ADR 0009).

alter table participant
    add column neighbourhood_id       bigint references neighbourhood (id) on delete set null,
    add column age_band_id            bigint references age_band (id) on delete set null,
    add column neighbourhood_declined boolean not null default false,
    add column age_band_declined      boolean not null default false,
    add column described_at           timestamptz,
    add constraint participant_neighbourhood_answer_ck check (not (neighbourhood_declined and neighbourhood_id is not null)),
    add constraint participant_age_band_answer_ck check (not (age_band_declined and age_band_id is not null));
