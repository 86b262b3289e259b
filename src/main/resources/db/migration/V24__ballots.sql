-- Ballots: votes of an assembly's members, secret by default (ADR 0010).

create table ballot (
    id                      bigint generated always as identity primary key,
    assembly_id             bigint        not null references assembly (id),
    proposal_id             bigint        references proposal (id),
    question                varchar(300)  not null check (length(btrim(question)) >= 5),
    method                  varchar(24)   not null check (method in ('FOR_AGAINST', 'MAJORITY_JUDGMENT', 'APPROVAL')),
    secret                  boolean       not null default true,
    members_before_opening  boolean       not null default false,
    opens_at                timestamptz   not null,
    closes_at               timestamptz   not null,
    created_by              bigint        references participant (id),
    created_at              timestamptz   not null default now(),
    counted_at              timestamptz,
    result                  text,
    -- At counting: who had voted, and who could have (turnout stays as it was at the close).
    voters                  integer check (voters >= 0),
    eligible                integer check (eligible >= 0),
    constraint ballot_times_ck check (closes_at > opens_at),
    constraint ballot_counted_ck check ((counted_at is null) = (result is null) and (counted_at is null) = (voters is null)
                                       and (counted_at is null) = (eligible is null)),
    -- A proposal's ballot asks for, against or abstain on that proposal.
    constraint ballot_proposal_method_ck check (proposal_id is null or method = 'FOR_AGAINST')
);
create index ballot_assembly_ix on ballot (assembly_id, opens_at);
create index ballot_to_count_ix on ballot (closes_at) where counted_at is null;
-- One ballot per proposal.
create unique index ballot_proposal_uk on ballot (proposal_id) where proposal_id is not null;

-- The options of a question ballot (approval, majority judgment), numbered from 1; a for/against ballot has none.
create table ballot_option (
    ballot_id   bigint       not null references ballot (id),
    position    smallint     not null check (position between 1 and 20),
    label       varchar(200) not null check (length(btrim(label)) >= 1),
    proposal_id bigint       references proposal (id),
    primary key (ballot_id, position)
);

-- Who has voted: one row per voter and ballot, held by the key whatever the concurrency.
-- No time and no choice here: nothing joins it to a ballot paper.
create table ballot_voter (
    ballot_id      bigint not null references ballot (id),
    participant_id bigint not null references participant (id),
    primary key (ballot_id, participant_id)
);

-- Ballot papers just cast or changed, until the mixer moves them, in batches, to the box.
-- Keyed by the voter's receipt code; no time, no sequence. participant_id only on public ballots.
create table ballot_inbox (
    ballot_id      bigint      not null references ballot (id),
    receipt        varchar(24) not null,
    choice         varchar(200) not null,
    participant_id bigint      references participant (id),
    primary key (ballot_id, receipt)
);

-- The counted papers: written only by the mixer, many at once and in random order.
create table ballot_box (
    ballot_id      bigint      not null references ballot (id),
    receipt        varchar(24) not null,
    choice         varchar(200) not null,
    participant_id bigint      references participant (id),
    primary key (ballot_id, receipt)
);
-- A public ballot's papers name their voter, once per ballot.
create unique index ballot_box_public_uk on ballot_box (ballot_id, participant_id) where participant_id is not null;
create unique index ballot_inbox_public_uk on ballot_inbox (ballot_id, participant_id) where participant_id is not null;

-- Once a ballot opens, its rules are frozen: method, options, secrecy, eligibility, question, times.
create function ballot_rules_frozen() returns trigger language plpgsql as $$
begin
    if old.opens_at <= now() and (new.method, new.secret, new.members_before_opening, new.question, new.opens_at, new.closes_at, new.proposal_id,
                                  new.assembly_id)
                                 is distinct from
                                 (old.method, old.secret, old.members_before_opening, old.question, old.opens_at, old.closes_at, old.proposal_id,
                                  old.assembly_id) then
        raise exception 'the rules of an open ballot are frozen' using errcode = 'check_violation';
    end if;
    if old.counted_at is not null and (new.counted_at, new.result, new.voters, new.eligible)
                                      is distinct from (old.counted_at, old.result, old.voters, old.eligible) then
        raise exception 'a counted ballot keeps its result' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger ballot_rules_frozen before update on ballot for each row execute function ballot_rules_frozen();

create function ballot_options_frozen() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ballot where id = coalesce(new.ballot_id, old.ballot_id) and opens_at <= now()) then
        raise exception 'the options of an open ballot are frozen' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger ballot_options_frozen before insert or update or delete on ballot_option for each row execute function ballot_options_frozen();
