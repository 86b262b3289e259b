-- A ballot that opens at once is created with its options in one transaction: the options may be
-- written by the transaction that inserted the ballot (its row's xmin, and created_at = now()),
-- never afterwards once it is open.
create or replace function ballot_options_frozen() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ballot b where b.id = coalesce(new.ballot_id, old.ballot_id) and b.opens_at <= now()
               and not (b.xmin = pg_current_xact_id()::xid and b.created_at = now())) then
        raise exception 'the options of an open ballot are frozen' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
