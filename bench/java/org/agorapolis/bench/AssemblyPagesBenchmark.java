package org.agorapolis.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agorapolis.stack.Stack;

/**
 * The assembly page and its proposal list under 8 concurrent readers, on an assembly with 1,000
 * proposals and 10,000 comments, beside a baseline measured in the same run: a static resource
 * served by the same WildFly. Run with {@code ./mvnw -Pbench} (see docs/benchmarks.md).
 *
 * <p>Times are measured by the client on loopback, from sending the request to reading the whole
 * body: the server's time plus a loopback round trip. PostgreSQL runs with
 * {@code synchronous_commit=on}.
 */
public final class AssemblyPagesBenchmark {

    static final int READERS = 8;
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 20));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure.seconds", 30));

    private AssemblyPagesBenchmark() {
    }

    record Target(String name, String path) {
    }

    record Result(Target target, long requests, double seconds, long[] nanos, long errors) {

        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1_000_000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.fresh(Stack.Layout.fromSystemProperties());
        System.out.println("Starting the stack…");
        stack.start();
        long assembly = seed(stack);
        List<Target> targets = List.of(
                new Target("baseline: static CSS file", "/resources/css/agorapolis.css"),
                new Target("assembly page (random order, first page of the debate)", "/assemblies/view.xhtml?id=" + assembly),
                new Target("proposal list (most supported, page 37 of 100)", "/assemblies/view.xhtml?id=" + assembly + "&sort=MOST_SUPPORTED&page=37"));

        // Every target is warmed up before any is measured, so that none is measured on a colder JIT.
        for (Target target : targets) {
            System.out.printf("Warming up %s for %d s…%n", target.name(), WARM_UP.toSeconds());
            run(stack.appUrl(), target, WARM_UP);
        }
        List<Result> results = new ArrayList<>();
        for (Target target : targets) {
            System.out.printf("Measuring %s for %d s with %d readers…%n", target.name(), MEASURE.toSeconds(), READERS);
            results.add(run(stack.appUrl(), target, MEASURE));
        }
        System.out.println();
        System.out.printf("%-58s %9s %9s %9s %9s %9s %7s%n", "target", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (Result r : results) {
            System.out.printf("%-58s %9d %9.1f %9.2f %9.2f %9.2f %7d%n", r.target().name(), r.requests(), r.perSecond(),
                    r.percentile(50), r.percentile(95), r.percentile(99), r.errors());
        }
        System.out.printf("%n%d readers, %d s warm-up and %d s measured per target; JDK %s, %d cores.%n", READERS,
                WARM_UP.toSeconds(), MEASURE.toSeconds(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        stack.close();
    }

    /** Every reader is a visitor with their own cookies, reading the page again and again. */
    static Result run(String appUrl, Target target, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> readers = new ArrayList<>();
        long[] errors = new long[READERS];
        for (int i = 0; i < READERS; i++) {
            int reader = i;
            readers.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(appUrl + target.path()))
                        .header("Accept-Language", "fr").timeout(Duration.ofSeconds(30)).GET().build();
                long[] times = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200 || response.body().length == 0) {
                        errors[reader]++;
                        continue;
                    }
                    if (count == times.length) {
                        times = Arrays.copyOf(times, times.length * 2);
                    }
                    times[count++] = took;
                }
                return Arrays.copyOf(times, count);
            }));
        }
        long started = System.nanoTime();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> reader : readers) {
            all.add(reader.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(target, nanos.length, seconds, nanos, Arrays.stream(errors).sum());
    }

    /** One assembly, 500 members, 1,000 proposals, 10,000 comments: 2,000 in its debate, 8 on each proposal. */
    static long seed(Stack stack) throws Exception {
        System.out.println("Seeding 1,000 proposals and 10,000 comments…");
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            s.execute("""
                    insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at)
                    select 'bench', 'bench-' || n, 'Habitant·e ' || n, now(), now() from generate_series(1, 500) n
                    """);
            long assembly;
            try (ResultSet r = s.executeQuery("""
                    insert into assembly (title, summary, topic, phase, visibility, opens_on, voting_on, closes_on, description, supports_threshold)
                    values ('Banc d''essai : le grand débat', 'Une assemblée très active, pour mesurer.', 'Essai', 'OPEN', 'PUBLIC',
                            current_date, current_date + 30, current_date + 40, '<p>Une assemblée <strong>très</strong> active.</p>', 100)
                    returning id
                    """)) {
                r.next();
                assembly = r.getLong(1);
            }
            s.execute("insert into membership (assembly_id, participant_id) select " + assembly + ", id from participant where issuer = 'bench'");
            s.execute("""
                    insert into proposal (assembly_id, author_id, title, body, supports, created_at)
                    select %d, p.id, 'Proposition n°' || n, repeat('Le texte de cette proposition, assez long pour être réaliste. ', 8),
                           n %% 60, now() - n * interval '1 minute'
                    from generate_series(1, 1000) n join participant p on p.subject = 'bench-' || (n %% 500 + 1)
                    """.formatted(assembly));
            s.execute("""
                    insert into comment (assembly_id, author_id, body, created_at)
                    select %d, p.id, 'Commentaire n°' || n || ' : voir https://ville.example/plan et en parler.', now() - n * interval '1 minute'
                    from generate_series(1, 1000) n join participant p on p.subject = 'bench-' || (n %% 500 + 1)
                    """.formatted(assembly));
            s.execute("""
                    insert into comment (assembly_id, parent_id, depth, author_id, body, created_at)
                    select c.assembly_id, c.id, 1, c.author_id, 'Réponse à ' || c.id, c.created_at + interval '10 seconds'
                    from comment c where c.assembly_id = %d and c.parent_id is null
                    """.formatted(assembly));
            s.execute("""
                    insert into comment (assembly_id, proposal_id, author_id, body, created_at)
                    select pr.assembly_id, pr.id, pr.author_id, 'Avis ' || k || ' sur la proposition ' || pr.id, now() - k * interval '1 minute'
                    from proposal pr cross join generate_series(1, 8) k where pr.assembly_id = %d
                    """.formatted(assembly));
            s.execute("analyze");
            try (ResultSet r = s.executeQuery("select (select count(*) from proposal where assembly_id = " + assembly
                    + "), (select count(*) from comment where assembly_id = " + assembly + ")")) {
                r.next();
                System.out.printf("Seeded assembly %d: %d proposals, %d comments.%n", assembly, r.getLong(1), r.getLong(2));
            }
            return assembly;
        }
    }
}
