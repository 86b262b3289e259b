-- The threshold k of the reports' small-cell suppression (ADR 0009): 5 by default, never below 3.
alter table town add column report_k integer not null default 5 check (report_k between 3 and 100);
