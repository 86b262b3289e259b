package org.agorapolis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.agorapolis.stack.KeycloakAdmin;
import org.agorapolis.stack.Stack;

/**
 * A vote burst: 10,000 eligible voters, each with a real access token issued by Keycloak before
 * the clock starts, cast their vote on one secret majority-judgment ballot through the JSON API, 16
 * clients at once, each on its own kept-alive connection. The server is warmed up first by the same
 * voters voting on other ballots. Beside it, in the same run and on the same PostgreSQL
 * ({@code synchronous_commit=on}), the baseline: plain JDBC single-row inserts into an equivalent
 * table at the same concurrency, three times, the fastest compared. Afterwards every vote is
 * counted: none lost, none twice. CPU per operation is read for each process of the stack.
 *
 * <p>Bench-only set-up, through Keycloak's admin API on the bench stack: a cheap password hash
 * (one PBKDF2 iteration) so that 10,000 accounts are created in seconds, hour-long access tokens,
 * and a client allowed the password grant to fetch the tokens quickly. The application's own
 * clients and checks are untouched (tokens name agorapolis-web as their audience, as the mobile
 * client's do). Run with {@code ./mvnw -Pbench -Dbench=votes} (see docs/benchmarks.md).
 */
public final class VoteBurstBenchmark {

    static final int VOTERS = Integer.getInteger("bench.voters", 10_000);
    static final int CLIENTS = 16;
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup.seconds", 120);
    static final int BASELINE_PASSES = 3;
    static final String PASSWORD = "bench-voter-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** For Keycloak's token endpoint, before the clock starts. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Each client its own connection, kept alive, as each phone has (not one HTTP/2 connection shared by all). */
    private static final ThreadLocal<KeptAliveConnection> PHONE = new ThreadLocal<>();

    private VoteBurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.onFreshStack(VoteBurstBenchmark::measure);
    }

    static void measure(Stack stack) throws Exception {
        KeycloakAdmin admin = stack.keycloakAdmin();
        admin.call("PUT", "/admin/realms/agorapolis", "{\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\",\"accessTokenLifespan\":7200,"
                + "\"ssoSessionIdleTimeout\":7200,\"ssoSessionMaxLifespan\":36000}");
        admin.call("POST", "/admin/realms/agorapolis/clients", """
                {"clientId":"bench-voters","publicClient":true,"standardFlowEnabled":false,"directAccessGrantsEnabled":true,
                 "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"agorapolis-web","access.token.claim":"true","id.token.claim":"false"}}]}
                """);

        List<String> subjects = new ArrayList<>();
        long started = System.nanoTime();
        for (int batch = 0; batch < VOTERS; batch += 500) {
            ArrayNode users = JSON.createArrayNode();
            for (int i = batch; i < Math.min(VOTERS, batch + 500); i++) {
                String id = UUID.randomUUID().toString();
                subjects.add(id);
                ObjectNode user = users.addObject().put("id", id).put("username", "voter-" + i).put("email", "voter-" + i + "@bench.invalid")
                        .put("firstName", "Votant").put("lastName", "N° " + i).put("enabled", true).put("emailVerified", true);
                user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
                user.putArray("realmRoles").add("default-roles-agorapolis");
            }
            admin.call("POST", "/admin/realms/agorapolis/partialImport", JSON.createObjectNode().put("ifResourceExists", "FAIL").set("users", users).toString());
        }
        System.out.printf("%,d Keycloak accounts created in %.1f s%n", VOTERS, (System.nanoTime() - started) / 1e9);

        long assembly;
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    insert into assembly (title, summary, phase, visibility, opens_on, voting_on, closes_on)
                    values ('Budget participatif', 'Dix mille votes en quelques secondes.', 'VOTING', 'PUBLIC', current_date - 20, current_date - 1, current_date + 10)
                    returning id
                    """)) {
                r.next();
                assembly = r.getLong(1);
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    with p as (insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at) values (?, ?, ?, now(), now()) returning id)
                    insert into membership (assembly_id, participant_id) select ?, id from p
                    """)) {
                for (int i = 0; i < VOTERS; i++) {
                    insert.setString(1, stack.realmUrl());
                    insert.setString(2, subjects.get(i));
                    insert.setString(3, "Votant N° " + i);
                    insert.setLong(4, assembly);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }

        long ballot = openBallot(stack, assembly);

        System.out.printf("Fetching %,d access tokens from Keycloak (before the clock starts)…%n", VOTERS);
        started = System.nanoTime();
        String[] tokens = new String[VOTERS];
        AtomicInteger nextToken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, r -> {
            Thread client = new Thread(r, "voter");
            client.setDaemon(true); // a failed measure must not leave the JVM waiting for its clients
            return client;
        });
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(pool.submit(() -> {
                for (int i = nextToken.getAndIncrement(); i < VOTERS; i = nextToken.getAndIncrement()) {
                    tokens[i] = token(stack, "voter-" + i);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        System.out.printf("%,d tokens in %.1f s%n", VOTERS, (System.nanoTime() - started) / 1e9);

        // The server's code is compiled by the JIT as it runs: the same voters first vote on warm-up ballots, one after the other,
        // until the server has voted for the warm-up time, so that the measure is of a server that has been running.
        System.out.printf("Warming up: the %,d voters vote on warm-up ballots for %d s…%n", VOTERS, WARMUP_SECONDS);
        long warmupEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        for (int round = 1; System.nanoTime() < warmupEnds; round++) {
            Burst warmup = burst(stack, pool, openBallot(stack, assembly), tokens);
            System.out.printf("  warm-up ballot %d: %,.0f votes/s, p95 %s ms, %d refused%n", round, VOTERS / warmup.seconds(),
                    InvitationTreeBenchmark.ms(InvitationTreeBenchmark.percentile(sorted(warmup.latencies()), 95)), warmup.failures().size());
        }

        System.out.println("The vote burst starts…");
        Burst votes = burst(stack, pool, ballot, tokens);

        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            s.execute("create table bench_vote (ballot_id bigint not null, participant_id bigint not null, choice varchar(200) not null, "
                    + "primary key (ballot_id, participant_id))");
        }
        // The baseline moves from run to run (commits wait for the disk): three passes, and the fastest is the one compared.
        List<Burst> baselines = new ArrayList<>();
        for (int pass = 0; pass < BASELINE_PASSES; pass++) {
            baselines.add(baseline(stack, pool, pass));
        }
        Burst fastest = baselines.stream().min(java.util.Comparator.comparingDouble(Burst::seconds)).orElseThrow();
        pool.shutdown();

        long voters;
        long papers;
        long twice;
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            voters = single(s, "select count(*) from ballot_voter where ballot_id = " + ballot);
            papers = single(s, "select (select count(*) from ballot_inbox where ballot_id = " + ballot + ") + (select count(*) from ballot_box where ballot_id = "
                    + ballot + ")");
            twice = single(s, "select count(*) from (select participant_id from ballot_voter where ballot_id = " + ballot
                    + " group by participant_id having count(*) > 1) x");
        }

        System.out.println();
        System.out.printf("%-60s %8s %10s %9s %9s %9s %9s%n", "measure", "samples", "per second", "p50 ms", "p95 ms", "p99 ms", "max ms");
        print("votes through the API (16 clients, bearer tokens)", votes.latencies(), votes.seconds());
        for (int pass = 0; pass < BASELINE_PASSES; pass++) {
            print("baseline pass " + (pass + 1) + ": JDBC single-row inserts (16 connections)" + (baselines.get(pass) == fastest ? " *" : ""),
                    baselines.get(pass).latencies(), baselines.get(pass).seconds());
        }
        System.out.println();
        System.out.println("CPU per operation, by process (read from /proc before and after each measure):");
        System.out.println("  votes:    " + votes.cpu());
        System.out.println("  baseline: " + fastest.cpu() + " (fastest pass)");
        System.out.printf("%nRatio API / fastest baseline: %.3f (target at least 0.25)%n", fastest.seconds() / votes.seconds());
        System.out.printf("Votes refused: %d%s%n", votes.failures().size(), votes.failures().isEmpty() ? "" : " — first: " + votes.failures().peek());
        System.out.printf("Counted afterwards: %,d voters, %,d papers, %d voters twice (expected %,d, %,d, 0)%n", voters, papers, twice, VOTERS, VOTERS);
        System.out.printf("JDK %s, %d cores; PostgreSQL with synchronous_commit=on.%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    /** A ballot of the assembly, open since a minute ago, by majority judgment among three options. */
    static long openBallot(Stack stack, long assembly) throws Exception {
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            long ballot;
            try (ResultSet r = s.executeQuery("insert into ballot (assembly_id, question, method, secret, opens_at, closes_at) values (" + assembly
                    + ", 'Quels projets financer cette année ?', 'MAJORITY_JUDGMENT', true, now() - interval '1 minute', now() + interval '2 hours') returning id")) {
                r.next();
                ballot = r.getLong(1);
            }
            try (Connection su = stack.openDatabaseAsSuperuser(); Statement x = su.createStatement()) {
                x.execute("set session_replication_role = replica"); // options of a ballot already open: as if set before it opened
                x.execute("insert into ballot_option (ballot_id, position, label) values (" + ballot + ", 1, 'Un jardin partagé'), (" + ballot
                        + ", 2, 'Des pistes cyclables'), (" + ballot + ", 3, 'Une salle des fêtes')");
            }
            return ballot;
        }
    }

    /** What a burst measured: each vote's latency, the burst's wall time, the CPU it took, the refusals. */
    record Burst(long[] latencies, double seconds, String cpu, ConcurrentLinkedQueue<String> failures) {
    }

    /** Every voter casts a vote on the ballot through the API, 16 clients at once, each on a connection of its own. */
    static Burst burst(Stack stack, ExecutorService pool, long ballot, String[] tokens) throws Exception {
        long[] voteLatencies = new long[tokens.length];
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger nextVote = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        ProcessCpu before = ProcessCpu.now();
        long burst = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(pool.submit(() -> {
                for (int i = nextVote.getAndIncrement(); i < tokens.length; i = nextVote.getAndIncrement()) {
                    String choice = (i % 6) + "," + ((i / 6) % 6) + "," + ((i / 36) % 6);
                    long t = System.nanoTime();
                    KeptAliveConnection.Response cast = phone(stack).post("/api/ballots/" + ballot + "/votes", tokens[i], "{\"choice\":\"" + choice + "\"}");
                    voteLatencies[i] = System.nanoTime() - t;
                    if (cast.status() != 201) {
                        failures.add(cast.status() + " " + cast.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - burst) / 1e9;
        return new Burst(voteLatencies, seconds, ProcessCpu.now().perOperation(before, tokens.length), failures);
    }

    /**
     * The baseline: 16 JDBC connections insert one row each per statement, autocommit, into a table equivalent to the
     * voters' (ballot, participant, choice, with its primary key) — the same data written the plainest way.
     */
    static Burst baseline(Stack stack, ExecutorService pool, int pass) throws Exception {
        long[] latencies = new long[VOTERS];
        AtomicInteger next = new AtomicInteger();
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            connections.add(stack.openDatabase()); // opened before and closed after the measure: their backends' CPU is read
        }
        List<Future<?>> work = new ArrayList<>();
        ProcessCpu before = ProcessCpu.now();
        long started = System.nanoTime();
        for (Connection db : connections) {
            work.add(pool.submit(() -> {
                try (PreparedStatement insert = db.prepareStatement("insert into bench_vote (ballot_id, participant_id, choice) values (?, ?, ?)")) {
                    for (int i = next.getAndIncrement(); i < VOTERS; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        insert.setLong(1, 1);
                        insert.setLong(2, (long) pass * VOTERS + i);
                        insert.setString(3, (i % 6) + "," + ((i / 6) % 6) + "," + ((i / 36) % 6));
                        insert.executeUpdate();
                        latencies[i] = System.nanoTime() - t;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String cpu = ProcessCpu.now().perOperation(before, VOTERS);
        for (Connection db : connections) {
            db.close();
        }
        return new Burst(latencies, seconds, cpu, new ConcurrentLinkedQueue<>());
    }

    private static KeptAliveConnection phone(Stack stack) {
        if (PHONE.get() == null) {
            PHONE.set(new KeptAliveConnection(URI.create(stack.appUrl())));
        }
        return PHONE.get();
    }


    private static String token(Stack stack, String username) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakAdmin.form(java.util.Map.of("grant_type", "password", "client_id", "bench-voters",
                        "username", username, "password", PASSWORD, "scope", "openid")))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long[] sorted(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static void print(String name, long[] nanos, double seconds) {
        long[] sorted = sorted(nanos);
        System.out.printf("%-60s %8d %10.1f %9s %9s %9s %9s%n", name, sorted.length, sorted.length / seconds, InvitationTreeBenchmark.ms(
                InvitationTreeBenchmark.percentile(sorted, 50)), InvitationTreeBenchmark.ms(InvitationTreeBenchmark.percentile(sorted, 95)),
                InvitationTreeBenchmark.ms(InvitationTreeBenchmark.percentile(sorted, 99)), InvitationTreeBenchmark.ms(sorted[sorted.length - 1]));
    }
}
