-- The council's report of an assembly, archived in French and English when the assembly closes.
-- One per assembly and language, held by the key: two archivings at once keep the first.
create table council_report (
    assembly_id  bigint      not null references assembly (id),
    language     varchar(2)  not null check (language in ('fr', 'en')),
    generated_at timestamptz not null default now(),
    figures_at   timestamptz not null,
    pdf          bytea       not null check (octet_length(pdf) between 5 and 20000000),
    primary key (assembly_id, language)
);

-- An archived report is a record of what the council was given: it is never rewritten.
create function council_report_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'an archived council report is never changed';
end $$;
create trigger council_report_final before update on council_report for each row execute function council_report_is_final();
