package org.agorapolis.bench;

/**
 * {@code ./mvnw -Pbench [-Dbench=assemblies|invitations|votes|reports]}: runs the chosen benchmark, or all of
 * them one after the other, each on its own fresh stack.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String chosen = System.getProperty("bench", "all");
        if (chosen.equals("all") || chosen.equals("assemblies")) {
            AssemblyPagesBenchmark.main(args);
        }
        if (chosen.equals("all") || chosen.equals("invitations")) {
            InvitationTreeBenchmark.main(args);
        }
        if (chosen.equals("all") || chosen.equals("votes")) {
            VoteBurstBenchmark.main(args);
        }
        if (chosen.equals("all") || chosen.equals("reports")) {
            ReportsBenchmark.main(args);
        }
        System.exit(0);
    }
}
