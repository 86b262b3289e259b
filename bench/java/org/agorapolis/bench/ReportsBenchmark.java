package org.agorapolis.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.agorapolis.stack.KeycloakAdmin;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;

/**
 * The reports of a large town: 100,000 participants (seven in ten describing themselves), ten
 * published assemblies of 100,000 members each — 1,000,000 invitations accepted, 990,000 of them
 * through personal links — 2,000,000 votes on twenty ballots and 500,000 comments over sixty days.
 * Measures, beside the baseline of the same run (the plain {@code GROUP BY} that counts members per
 * neighbourhood):
 * <ul>
 * <li>computing the town's report and one assembly's (what a refresh or the two-minute timer does);</li>
 * <li>the report pages as officials open them, served from the precomputed figures (HTTP, signed in).</li>
 * </ul>
 * Run with {@code ./mvnw -Pbench -Dbench=reports} (see docs/benchmarks.md).
 */
public final class ReportsBenchmark {

    static final int PARTICIPANTS = 100_000;
    static final int ASSEMBLIES = 10;
    static final int SEEDS = 1_000;
    static final int BALLOTS_PER_ASSEMBLY = 2;
    static final int COMMENTS = 500_000;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 10);

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.onFreshStack(ReportsBenchmark::measure);
    }

    static void measure(Stack stack) throws Exception {
        long assembly = seed(stack);
        stack.keycloakAdmin().createUser(new KeycloakAdmin.Account("elue", "elue@bench.invalid", "Élue", "Bench", "bench-official-2026", "fr",
                List.of("resident", "official")));
        SignedInClient official = SignedInClient.signIn(stack, "elue", "bench-official-2026");

        List<String[]> table = new ArrayList<>();
        try (Connection db = stack.openDatabase()) {
            table.add(InvitationTreeBenchmark.row("baseline: members per neighbourhood (plain GROUP BY)", InvitationTreeBenchmark.time(db, ROUNDS, i -> """
                    select p.neighbourhood_id, count(distinct m.participant_id) from membership m join participant p on p.id = m.participant_id
                    group by p.neighbourhood_id
                    """, null)));
        }
        table.add(InvitationTreeBenchmark.row("town report computed (refresh, HTTP)", pages(official, "/reports/?refresh=1", 3)));
        table.add(InvitationTreeBenchmark.row("town report page, precomputed (HTTP)", pages(official, "/reports/", ROUNDS * 3)));
        table.add(InvitationTreeBenchmark.row("assembly report computed (refresh, HTTP)", pages(official, "/reports/?refresh=1&assembly=" + assembly, 3)));
        table.add(InvitationTreeBenchmark.row("assembly report page, precomputed (HTTP)", pages(official, "/reports/?assembly=" + assembly, ROUNDS * 3)));
        table.add(InvitationTreeBenchmark.row("council report PDF of the town (HTTP)", pages(official, "/reports/council.pdf?language=fr", 3)));
        System.out.println();
        System.out.printf("%-66s %8s %9s %9s %9s%n", "measure", "samples", "p50 ms", "p95 ms", "max ms");
        for (String[] r : table) {
            System.out.printf("%-66s %8s %9s %9s %9s%n", (Object[]) r);
        }
        System.out.printf("%nJDK %s, %d cores; PostgreSQL with synchronous_commit=on.%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    /** Times {@code times} GETs of a report page, after one not counted; fails on anything but 200. */
    static long[] pages(SignedInClient official, String path, int times) throws Exception {
        HttpResponse<String> first = official.get(path);
        if (first.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + first.statusCode());
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = official.get(path);
            nanos[i] = System.nanoTime() - t;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + page.statusCode());
            }
        }
        return nanos;
    }

    /** Seeds the town; returns one assembly's id. */
    static long seed(Stack stack) throws Exception {
        long started = System.nanoTime();
        long first;
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            s.execute("insert into neighbourhood (code, name) select 'q' || n, 'Quartier ' || n from generate_series(1, 12) n on conflict do nothing");
            System.out.println("Seeding 100,000 participants…");
            s.execute("""
                    insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at, neighbourhood_id, age_band_id, described_at)
                    select 'bench', 'town-' || n, 'Habitant·e ' || n, now() - interval '90 days', now() - (n %% 40) * interval '1 day',
                           case when n %% 10 < 7 then (select id from neighbourhood order by id offset (n * 7) %% (select count(*) from neighbourhood) limit 1) end,
                           case when n %% 10 < 7 then (select id from age_band order by id offset (n * 3) %% (select count(*) from age_band) limit 1) end,
                           case when n %% 10 < 7 then now() end
                    from generate_series(0, %d) n
                    """.formatted(PARTICIPANTS - 1));
            s.execute("""
                    insert into census (neighbourhood_id, age_band_id, population)
                    select n.id, b.id, 500 + (n.id * 37 + b.id * 11) % 900 from neighbourhood n cross join age_band b on conflict do nothing
                    """);
            s.execute("create table bench_people as select row_number() over (order by id) - 1 as idx, id as pid from participant where issuer = 'bench'");
            s.execute("create unique index on bench_people (idx)");
            s.execute("analyze bench_people");
            for (int a = 0; a < ASSEMBLIES; a++) {
                System.out.printf("Seeding assembly %d of %d: 100,000 members, 99,000 invitations…%n", a + 1, ASSEMBLIES);
                long assembly;
                try (ResultSet r = s.executeQuery("""
                        insert into assembly (title, summary, phase, visibility, opens_on, voting_on, closes_on)
                        values ('Assemblée %d', 'Une assemblée à l''échelle d''une ville.', 'VOTING', 'PUBLIC', current_date - 60, current_date - 1,
                                current_date + 20) returning id
                        """.formatted(a + 1))) {
                    r.next();
                    assembly = r.getLong(1);
                }
                first = a == 0 ? assembly : 0;
                if (a == 0) {
                    s.execute("create table bench_first (id bigint)");
                    s.execute("insert into bench_first values (" + assembly + ")");
                }
                // Positions shuffled per assembly; the first 1,000 are its founders; everyone after was invited by someone among the
                // first fifth (a few invite many), generation growing as the logarithm of the position.
                s.execute("""
                        create temp table bench_order as
                        select row_number() over (order by md5(%1$d || '-' || idx)) - 1 as pos, pid from bench_people
                        """.formatted(assembly));
                s.execute("create unique index on bench_order (pos)");
                s.execute("analyze bench_order"); // temporary tables are never analysed by themselves
                s.execute("""
                        insert into membership (assembly_id, participant_id, joined_at, generation, invited_by)
                        select %1$d, o.pid, now() - (59 - (o.pos %% 60)) * interval '1 day',
                               case when o.pos < %2$d then 0 else 1 + floor(ln(o.pos::float / %2$d) / ln(1.6))::int end, i.pid
                        from bench_order o left join bench_order i on o.pos >= %2$d and i.pos = (o.pos * 7919) %% greatest(least(o.pos, 20000), 1)
                        """.formatted(assembly, SEEDS));
                s.execute("""
                        insert into invitation_link (assembly_id, inviter_id, nonce, token_hash, expires_at)
                        select %1$d, inviter, decode(md5('n' || %1$d || '-' || inviter), 'hex'),
                               decode(md5('a' || %1$d || '-' || inviter) || md5('b' || %1$d || '-' || inviter), 'hex'), now() + interval '30 days'
                        from (select distinct invited_by as inviter from membership where assembly_id = %1$d and invited_by is not null) x
                        """.formatted(assembly));
                s.execute("analyze membership");
                s.execute("analyze invitation_link"); // fresh rows: without statistics the planner loops over them
                s.execute("""
                        insert into invitation_edge (assembly_id, inviter_id, invitee_id, link_id, channel, generation, opened_at, joined_at, first_contribution_at)
                        select m.assembly_id, m.invited_by, m.participant_id, l.id,
                               (array['LINK','EMAIL','SMS','WHATSAPP','TELEGRAM','SHARE','QR'])[1 + (m.participant_id %% 7)],
                               m.generation, m.joined_at - interval '2 hours', m.joined_at,
                               case when m.participant_id %% 3 = 0 then m.joined_at + interval '1 day' end
                        from membership m join invitation_link l on l.assembly_id = m.assembly_id and l.inviter_id = m.invited_by and l.revoked_at is null
                        where m.assembly_id = %1$d and m.invited_by is not null
                        """.formatted(assembly));
                s.execute("analyze invitation_edge");
                s.execute("""
                        insert into invitation_opening (assembly_id, day, channel, openings)
                        select assembly_id, joined_at::date, channel, count(*) * 2 from invitation_edge where assembly_id = %1$d group by 1, 2, 3
                        on conflict do nothing
                        """.formatted(assembly));
                for (int b = 0; b < BALLOTS_PER_ASSEMBLY; b++) {
                    long ballot;
                    try (ResultSet r = s.executeQuery("""
                            insert into ballot (assembly_id, question, method, secret, opens_at, closes_at)
                            values (%d, 'Question %d', 'FOR_AGAINST', true, now() - interval '20 days', now() + interval '10 days') returning id
                            """.formatted(assembly, b + 1))) {
                        r.next();
                        ballot = r.getLong(1);
                    }
                    s.execute("insert into ballot_voter (ballot_id, participant_id) select " + ballot + ", participant_id from membership where assembly_id = "
                            + assembly);
                    s.execute("""
                            insert into ballot_box (ballot_id, receipt, choice)
                            select %1$d, upper(substr(md5(%1$d || '-' || participant_id), 1, 20)),
                                   (array['FOR','AGAINST','ABSTAIN'])[1 + participant_id %% 3] from membership where assembly_id = %2$d
                            """.formatted(ballot, assembly));
                    s.execute("""
                            insert into audit_entry (at, actor_id, action, object_kind, object_id, assembly_id)
                            select now() - (participant_id %% 20) * interval '1 day', participant_id, 'ballots.cast', 'BALLOT', %1$d, %2$d
                            from membership where assembly_id = %2$d
                            """.formatted(ballot, assembly));
                }
                s.execute("drop table bench_order");
            }
            System.out.println("Seeding 500,000 comments…");
            s.execute("""
                    with a as (select id, row_number() over (order by id) - 1 as k from assembly)
                    insert into comment (assembly_id, author_id, body, created_at)
                    select a.id, p.pid, 'Un avis parmi d''autres.', now() - (n %% 60) * interval '1 day' - (n %% 1440) * interval '1 minute'
                    from generate_series(1, %d) n join a on a.k = n %% %d join bench_people p on p.idx = (n * 31) %% %d
                    """.formatted(COMMENTS, ASSEMBLIES, PARTICIPANTS));
            s.execute("analyze");
            try (ResultSet r = s.executeQuery("select id from bench_first")) {
                r.next();
                first = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("""
                    select (select count(*) from participant), (select count(*) from invitation_edge), (select count(*) from ballot_voter),
                           (select count(*) from ballot_box), (select count(*) from comment), (select count(*) from membership)
                    """)) {
                r.next();
                System.out.printf("Seeded in %.0f s: %,d participants, %,d invitations, %,d votes (%,d papers), %,d comments, %,d memberships%n",
                        (System.nanoTime() - started) / 1e9, r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
            }
        }
        return first;
    }
}
