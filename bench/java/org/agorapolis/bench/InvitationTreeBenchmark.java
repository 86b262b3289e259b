package org.agorapolis.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agorapolis.invitations.InvitationTokens;
import org.agorapolis.stack.KeycloakAdmin;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;

/**
 * The invitation tree at town scale: 1,000,000 invitations among 200,000 participants, 12
 * generations deep (five assemblies, each a tree over the same 200,000 people). Measures, each
 * beside a baseline in the same run ({@code count(*)} over the invitations):
 * <ul>
 * <li>"my branch" for typical inviters: the query of the "My invitations" page, and the page itself;</li>
 * <li>the full depth and generation statistics of one assembly;</li>
 * <li>redemptions through personal links by 16 residents at once.</li>
 * </ul>
 * Run with {@code ./mvnw -Pbench -Dbench=invitations} (see docs/benchmarks.md).
 */
public final class InvitationTreeBenchmark {

    static final int PARTICIPANTS = 200_000;
    static final int ASSEMBLIES = 5;
    static final int GENERATIONS = 12;
    static final int SEEDS = 1_000;
    static final int CONCURRENT = 16;
    static final int REDEMPTION_ASSEMBLIES = 10;
    static final int ACCOUNTS_PER_THREAD = 4;
    static final int SAMPLED_INVITERS = 200;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private InvitationTreeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.onFreshStack(InvitationTreeBenchmark::measure);
    }

    static void measure(Stack stack) throws Exception {
        long[] assemblies = seedTree(stack);
        List<String[]> table = new ArrayList<>();
        try (Connection db = stack.openDatabase()) {
            List<long[]> inviters = sampleInviters(db, assemblies[0]);
            table.add(row("baseline: select count(*) from invitation_edge", time(db, ROUNDS * 20, i -> "select count(*) from invitation_edge", null)));
            table.add(row("my branch: the page's query, " + inviters.size() + " sampled inviters", timeBranch(db, assemblies[0], inviters)));
            table.add(row("generation statistics of one assembly (200,000 members)", time(db, ROUNDS * 4, i -> """
                    select generation, count(*), count(*) filter (where first_contribution_at is not null), max(generation) over ()
                    from invitation_edge where assembly_id = %d group by generation order by generation
                    """.formatted(assemblies[0]), null)));
            table.add(row("depth of every branch from the seeds (recursive, one assembly)", time(db, ROUNDS, i -> """
                    with recursive t (node, depth) as (
                        select participant_id, 0 from membership where assembly_id = %d and invited_by is null
                        union all
                        select e.invitee_id, t.depth + 1 from t join invitation_edge e on e.assembly_id = %d and e.inviter_id = t.node)
                    select max(depth), count(*) from t
                    """.formatted(assemblies[0], assemblies[0]), null)));
            table.add(row("my invitations page (HTTP, " + CONCURRENT + " inviters in turn)", branchPages(stack, db, assemblies[0], inviters)));
        }
        table.addAll(redemptions(stack));
        System.out.println();
        System.out.printf("%-66s %8s %9s %9s %9s%n", "measure", "samples", "p50 ms", "p95 ms", "max ms");
        for (String[] r : table) {
            System.out.printf("%-66s %8s %9s %9s %9s%n", (Object[]) r);
        }
        System.out.printf("%nJDK %s, %d cores; PostgreSQL with synchronous_commit=on.%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    // ----- data -----

    /** Generation sizes: 1,000 seeds, each generation 1.4 times the one before, the last one filling up to 200,000. */
    static int[] generationSizes() {
        int[] sizes = new int[GENERATIONS + 1];
        sizes[0] = SEEDS;
        int total = SEEDS;
        for (int g = 1; g <= GENERATIONS; g++) {
            sizes[g] = g == GENERATIONS ? PARTICIPANTS - total : (int) Math.round(sizes[g - 1] * 1.4);
            total += sizes[g];
        }
        return sizes;
    }

    static long[] seedTree(Stack stack) throws Exception {
        int[] sizes = generationSizes();
        int[] starts = new int[sizes.length];
        for (int g = 1; g < sizes.length; g++) {
            starts[g] = starts[g - 1] + sizes[g - 1];
        }
        long started = System.nanoTime();
        long[] assemblies = new long[ASSEMBLIES];
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            System.out.println("Seeding 200,000 participants…");
            s.execute("""
                    insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at)
                    select 'bench', 'tree-' || n, 'Habitant·e ' || n, now(), now() from generate_series(0, %d) n
                    """.formatted(PARTICIPANTS - 1));
            s.execute("""
                    create table bench_position as
                    select (substr(subject, 6))::int as idx, id as pid from participant where issuer = 'bench' and subject like 'tree-%'
                    """);
            s.execute("create unique index on bench_position (idx)");
            String sizeArray = Arrays.toString(sizes).replace('[', '{').replace(']', '}');
            String startArray = Arrays.toString(starts).replace('[', '{').replace(']', '}');
            for (int a = 0; a < ASSEMBLIES; a++) {
                System.out.printf("Seeding assembly %d of %d: 200,000 members, 199,000 invitations…%n", a + 1, ASSEMBLIES);
                try (ResultSet r = s.executeQuery("""
                        insert into assembly (title, summary, phase, visibility, opens_on, voting_on, closes_on, default_quota, quota_cap)
                        values ('Arbre %d', 'Une assemblée à l''échelle d''une ville.', 'OPEN', 'BY_INVITATION', current_date, current_date + 30,
                                current_date + 40, 50, 10000) returning id
                        """.formatted(a + 1))) {
                    r.next();
                    assemblies[a] = r.getLong(1);
                }
                // Each member of generation g >= 1 was invited by someone of generation g - 1, chosen with a skew
                // (random()^2): a few invite many, most invite few or nobody.
                s.execute("""
                        create temp table bench_tree as
                        select p.idx, p.pid, g.gen,
                               case when g.gen = 0 then null
                                    else (%2$s::int[])[g.gen] + floor((%1$s::int[])[g.gen] * power(random(), 2))::int end as inviter_idx
                        from bench_position p
                        cross join lateral (select max(k) - 1 as gen from generate_subscripts(%2$s::int[], 1) k
                                            where (%2$s::int[])[k] <= p.idx) g
                        """.formatted("'" + sizeArray + "'", "'" + startArray + "'"));
                s.execute("""
                        insert into membership (assembly_id, participant_id, generation, invited_by, joined_at)
                        select %d, t.pid, t.gen, i.pid, now() - (12 - t.gen) * interval '2 days'
                        from bench_tree t left join bench_position i on i.idx = t.inviter_idx
                        """.formatted(assemblies[a]));
                s.execute("""
                        insert into invitation_link (assembly_id, inviter_id, nonce, token_hash, expires_at)
                        select %1$d, i.pid, substr(sha256(('n' || %1$d || ':' || i.pid)::bytea), 1, 16), sha256(('t' || %1$d || ':' || i.pid)::bytea),
                               now() + interval '30 days'
                        from (select distinct inviter_idx from bench_tree where inviter_idx is not null) d join bench_position i on i.idx = d.inviter_idx
                        """.formatted(assemblies[a]));
                s.execute("""
                        insert into invitation_edge (assembly_id, inviter_id, invitee_id, link_id, channel, generation, opened_at, joined_at,
                                                     first_contribution_at)
                        select %1$d, i.pid, t.pid, l.id, (array['LINK','EMAIL','SMS','WHATSAPP','TELEGRAM','SHARE','QR'])[1 + t.idx %% 7], t.gen,
                               now() - (12 - t.gen) * interval '2 days' - interval '1 hour', now() - (12 - t.gen) * interval '2 days',
                               case when t.idx %% 3 = 0 then now() - (12 - t.gen) * interval '2 days' + interval '1 day' end
                        from bench_tree t join bench_position i on i.idx = t.inviter_idx
                        join invitation_link l on l.assembly_id = %1$d and l.inviter_id = i.pid and l.revoked_at is null
                        """.formatted(assemblies[a]));
                s.execute("drop table bench_tree");
            }
            s.execute("analyze");
            try (ResultSet r = s.executeQuery("select count(*), max(generation) from invitation_edge")) {
                r.next();
                System.out.printf("Seeded %,d invitations, %d generations deep, in %.0f s.%n", r.getLong(1), r.getInt(2),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return assemblies;
    }

    /** Inviters drawn at random among those who invited at least one person: {participant id, invitees}. */
    static List<long[]> sampleInviters(Connection db, long assembly) throws Exception {
        List<long[]> sample = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                select inviter_id, count(*) from invitation_edge where assembly_id = %d group by inviter_id order by random() limit %d
                """.formatted(assembly, SAMPLED_INVITERS))) {
            while (r.next()) {
                sample.add(new long[] {r.getLong(1), r.getLong(2)});
            }
        }
        return sample;
    }

    // ----- measures -----

    interface Sql {
        String of(int i);
    }

    static long[] time(Connection db, int runs, Sql sql, Object unused) throws Exception {
        long[] nanos = new long[runs];
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < runs + 3; i++) {
                long start = System.nanoTime();
                try (ResultSet r = s.executeQuery(sql.of(i))) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
                if (i >= 3) {
                    nanos[i - 3] = System.nanoTime() - start;
                }
            }
        }
        return nanos;
    }

    /** The query of the "My invitations" page (the member's direct invitees and the size of each one's branch). */
    static long[] timeBranch(Connection db, long assembly, List<long[]> inviters) throws Exception {
        long[] nanos = new long[inviters.size() * ROUNDS];
        try (PreparedStatement q = db.prepareStatement("""
                with recursive branch (root, invitee) as (
                    select e.invitee_id, e.invitee_id from invitation_edge e where e.assembly_id = ? and e.inviter_id = ?
                    union all
                    select b.root, n.invitee_id from branch b join invitation_edge n on n.assembly_id = ? and n.inviter_id = b.invitee)
                select p.display_name, e.joined_at, e.first_contribution_at,
                       (select count(*) - 1 from branch b where b.root = e.invitee_id)
                from invitation_edge e join participant p on p.id = e.invitee_id
                where e.assembly_id = ? and e.inviter_id = ? order by e.joined_at desc
                """)) {
            int n = 0;
            for (int round = -1; round < ROUNDS; round++) {
                for (long[] inviter : inviters) {
                    q.setLong(1, assembly);
                    q.setLong(2, inviter[0]);
                    q.setLong(3, assembly);
                    q.setLong(4, assembly);
                    q.setLong(5, inviter[0]);
                    long start = System.nanoTime();
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            r.getLong(4);
                        }
                    }
                    if (round >= 0) {
                        nanos[n++] = System.nanoTime() - start;
                    }
                }
            }
        }
        long branchMax = 0;
        for (long[] inviter : inviters) {
            branchMax = Math.max(branchMax, inviter[1]);
        }
        System.out.printf("Sampled inviters invited 1 to %d people directly.%n", branchMax);
        return nanos;
    }

    /** Accounts in Keycloak standing for sampled inviters, each reading their own "My invitations" page. */
    static long[] branchPages(Stack stack, Connection db, long assembly, List<long[]> inviters) throws Exception {
        List<SignedInClient> readers = new ArrayList<>();
        KeycloakAdmin admin = stack.keycloakAdmin();
        for (int i = 0; i < CONCURRENT; i++) {
            String username = "inviter-" + i;
            String subject = admin.createUser(new KeycloakAdmin.Account(username, username + "@bench.agorapolis.org", "Inviter", "N" + i,
                    PASSWORD, null, List.of("resident")));
            try (PreparedStatement claim = db.prepareStatement("update participant set issuer = ?, subject = ? where id = ?")) {
                claim.setString(1, stack.realmUrl());
                claim.setString(2, subject);
                claim.setLong(3, inviters.get(i)[0]);
                claim.executeUpdate();
            }
            readers.add(SignedInClient.signIn(stack, username, PASSWORD));
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = -2; round < ROUNDS * 4; round++) {
            for (SignedInClient reader : readers) {
                long start = System.nanoTime();
                HttpResponse<String> page = reader.get("/invitations/mine.xhtml?assembly=" + assembly);
                long took = System.nanoTime() - start;
                if (page.statusCode() != 200 || !page.body().contains("data-test=\"quota\"")) {
                    throw new IllegalStateException("My invitations answered " + page.statusCode());
                }
                if (round >= 0) {
                    nanos.add(took);
                }
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    static final String PASSWORD = "bench-password-2026";

    /**
     * 16 threads, each with its own residents (4 accounts, on their own connections), join 10
     * assemblies each through personal links; the POST of Join is timed. A first pass with other
     * accounts warms the server up.
     */
    static List<String[]> redemptions(Stack stack) throws Exception {
        InvitationTokens tokens = new InvitationTokens(stack.invitationSecret());
        List<String> links = new ArrayList<>();
        int assembliesNeeded = REDEMPTION_ASSEMBLIES * (1 + 2 * CONCURRENT);
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            for (int a = 0; a < assembliesNeeded; a++) {
                byte[] nonce = InvitationTokens.newNonce();
                String token = tokens.token(nonce);
                try (PreparedStatement insert = db.prepareStatement("""
                        with a as (insert into assembly (title, summary, phase, visibility, opens_on, voting_on, closes_on, default_quota, quota_cap)
                                   values (?, 'Pour mesurer les arrivées.', 'OPEN', 'BY_INVITATION', current_date, current_date + 30, current_date + 40,
                                           1000, 10000) returning id),
                             m as (insert into membership (assembly_id, participant_id) select a.id, p.id from a, participant p
                                   where p.subject = 'tree-' || ? returning assembly_id, participant_id)
                        insert into invitation_link (assembly_id, inviter_id, nonce, token_hash, expires_at)
                        select assembly_id, participant_id, ?, ?, now() + interval '30 days' from m
                        """)) {
                    insert.setString(1, "Arrivées " + a);
                    insert.setString(2, String.valueOf(a));
                    insert.setBytes(3, nonce);
                    insert.setBytes(4, InvitationTokens.hash(token).orElseThrow());
                    insert.executeUpdate();
                }
                links.add("/i/" + token + "?c=link");
            }
        }
        System.out.println("Warming redemptions up…");
        pass(stack, "warm", t -> links.subList(0, REDEMPTION_ASSEMBLIES), 1, false);
        System.out.printf("Measuring %d redemptions in bursts of %d at once…%n", CONCURRENT * ACCOUNTS_PER_THREAD * REDEMPTION_ASSEMBLIES, CONCURRENT);
        long[] bursts = pass(stack, "burst", t -> links.subList(REDEMPTION_ASSEMBLIES * (1 + t), REDEMPTION_ASSEMBLIES * (2 + t)),
                ACCOUNTS_PER_THREAD, true);
        System.out.printf("Measuring %d redemptions by %d residents arriving continuously…%n", CONCURRENT * ACCOUNTS_PER_THREAD * REDEMPTION_ASSEMBLIES,
                CONCURRENT);
        long[] stream = pass(stack, "join",
                t -> links.subList(REDEMPTION_ASSEMBLIES * (1 + CONCURRENT + t), REDEMPTION_ASSEMBLIES * (2 + CONCURRENT + t)), ACCOUNTS_PER_THREAD, false);
        return List.of(row("redemption: POST of Join, " + CONCURRENT + " sent at the same instant", bursts),
                row("redemption: POST of Join, " + CONCURRENT + " residents arriving continuously", stream));
    }

    /**
     * Each of 16 threads has its own residents, each of whom opens every link of the thread, reads
     * the welcome page and joins. With {@code bursts}, the 16 threads wait for each other before
     * each Join, so that 16 redemptions reach the server at the same instant and nothing else runs
     * meanwhile; without, each thread goes on at its own pace and the Joins run among the other
     * threads' page loads.
     */
    private static long[] pass(Stack stack, String prefix, java.util.function.IntFunction<List<String>> linksOf, int accountsPerThread,
                               boolean bursts) throws Exception {
        KeycloakAdmin admin = stack.keycloakAdmin();
        List<List<SignedInClient>> residents = new ArrayList<>();
        for (int t = 0; t < CONCURRENT; t++) {
            List<SignedInClient> mine = new ArrayList<>();
            for (int k = 0; k < accountsPerThread; k++) {
                String username = prefix + "-" + t + "-" + k;
                admin.createUser(new KeycloakAdmin.Account(username, username + "@bench.agorapolis.org", "Arrivant", "N" + t + "-" + k, PASSWORD,
                        null, List.of("resident")));
                mine.add(SignedInClient.signIn(stack, username, PASSWORD).from("198.18." + t + "." + (k + 1)));
            }
            residents.add(mine);
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(CONCURRENT);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        List<Future<long[]>> threads = new ArrayList<>();
        for (int t = 0; t < CONCURRENT; t++) {
            List<SignedInClient> mine = residents.get(t);
            List<String> links = linksOf.apply(t);
            threads.add(pool.submit(() -> {
                long[] nanos = new long[mine.size() * links.size()];
                int n = 0;
                List<String> order = new ArrayList<>(links);
                for (SignedInClient resident : mine) {
                    Collections.shuffle(order);
                    for (String link : order) {
                        HttpResponse<String> welcome = resident.open(link);
                        // The client reads the page before the clock starts: only the server's answer is timed.
                        java.net.http.HttpRequest join = joinRequest(resident, welcome);
                        if (bursts) {
                            together.await();
                        }
                        long start = System.nanoTime();
                        HttpResponse<String> joined = resident.send(join);
                        nanos[n++] = System.nanoTime() - start;
                        if (joined.statusCode() / 100 != 3) {
                            throw new IllegalStateException("Join answered " + joined.statusCode());
                        }
                    }
                }
                return nanos;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> thread : threads) {
            all.add(thread.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** A line of the final table, also printed as soon as it is measured. */
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("<form id=\"welcome\"[^>]*action=\"([^\"]+)\"(.*?)</form>",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    /**
     * The Join button's post, read from the welcome page with two regular expressions rather than an
     * HTML parser: the load generator shares the server's two cores and should cost as little as it can.
     */
    static java.net.http.HttpRequest joinRequest(SignedInClient resident, HttpResponse<String> welcome) {
        java.util.regex.Matcher form = FORM.matcher(welcome.body());
        if (!form.find()) {
            throw new IllegalStateException("No Join form on " + welcome.uri() + " (" + welcome.statusCode() + "): "
                    + welcome.body().replaceAll("(?s).*<main[^>]*>(.*?)</main>.*", "$1").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher hidden = HIDDEN.matcher(form.group(2));
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("welcome:join", "x");
        return resident.formRequest(welcome.uri().resolve(form.group(1).replace("&amp;", "&")), fields);
    }

    static String[] row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        String[] row = {name, String.valueOf(sorted.length), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1])};
        System.out.printf("  %s: p50 %s ms, p95 %s ms (%s samples)%n", name, row[2], row[3], row[1]);
        return row;
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
