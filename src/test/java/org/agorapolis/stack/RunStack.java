package org.agorapolis.stack;

import java.time.Duration;

/**
 * {@code ./mvnw -Prun}: PostgreSQL, Keycloak and WildFly with the demo town, in the foreground.
 * Ctrl-C (or SIGTERM) stops every process it started.
 */
public final class RunStack {

    private RunStack() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Stack stack = new Stack(Stack.Layout.fromSystemProperties(), Stack.Ports.standard());
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping WildFly, Keycloak and PostgreSQL…");
            stack.close();
            System.out.println("Stopped.");
            main.interrupt();
        }, "agorapolis-stop"));

        System.out.println("Starting PostgreSQL, Keycloak and WildFly (logs in " + stack.workDir().resolve("logs") + ")…");
        stack.start();
        DemoTown demo = new DemoTown(stack);
        demo.load();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(banner(stack, demo, took));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static String banner(Stack stack, DemoTown demo, Duration took) {
        StringBuilder out = new StringBuilder("\n");
        out.append("============================================================\n");
        out.append(" Agorapolis is ready (in ").append(took.toMillis() / 100 / 10.0).append(" s): ").append(stack.appUrl()).append("/\n");
        out.append("============================================================\n");
        out.append(" Demo accounts (password for all: ").append(DemoTown.PASSWORD).append(")\n");
        for (DemoTown.DemoAccount account : demo.accounts()) {
            out.append(String.format("   %-16s %s%n", account.username(), String.join(", ", account.roles())));
        }
        out.append(" Invitation: ").append(demo.invitationLink()).append(" (camille's link; open it in a private window)\n");
        out.append(" Keycloak:   ").append(stack.keycloakUrl()).append("/admin/ (user admin, password in ")
                .append(stack.workDir().resolve("secrets.properties")).append(")\n");
        out.append(" Health:     ").append(stack.managementUrl()).append("/health/ready\n");
        out.append(" Metrics:    ").append(stack.managementUrl()).append("/metrics\n");
        out.append(" Data:       ").append(stack.workDir()).append(" (delete it to start afresh)\n");
        out.append(" Press Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
