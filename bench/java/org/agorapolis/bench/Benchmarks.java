package org.agorapolis.bench;

/**
 * {@code ./mvnw -Pbench [-Dbench=assemblies|invitations|votes|reports]}: runs the chosen benchmark, or all of
 * them one after the other, each on its own fresh stack.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** A measurement made on a running stack. */
    interface Measurement {
        void measure(org.agorapolis.stack.Stack stack) throws Exception;
    }

    /** Starts a fresh stack (its own ports and database), measures on it, and stops it whatever happens. */
    static void onFreshStack(Measurement measurement) throws Exception {
        org.agorapolis.stack.Stack stack = org.agorapolis.stack.Stack.fresh(org.agorapolis.stack.Stack.Layout.fromSystemProperties());
        System.out.println("Starting the stack…");
        stack.start();
        try {
            measurement.measure(stack);
        } catch (Exception | Error e) {
            e.printStackTrace(); // shown before the stack stops, whatever the threads left behind
            throw e;
        } finally {
            stack.close();
        }
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
