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
        try {
            demo.load();
        } catch (Exception | Error e) {
            // Nothing is left running when the demo cannot be loaded.
            stack.close();
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(banner(stack, demo, took));
        Thread mailbox = new Thread(() -> showMail(stack), "agorapolis-mailbox");
        mailbox.setDaemon(true);
        mailbox.start();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows each message the local SMTP server receives (recipient, subject, first link) and saves it as an .eml file. */
    private static void showMail(Stack stack) {
        java.nio.file.Path folder = stack.workDir().resolve("mail");
        int shown = 0;
        while (!Thread.currentThread().isInterrupted()) {
            java.util.List<jakarta.mail.internet.MimeMessage> received = stack.mail().received();
            for (; shown < received.size(); shown++) {
                jakarta.mail.internet.MimeMessage message = received.get(shown);
                try {
                    java.nio.file.Files.createDirectories(folder);
                    java.nio.file.Path file = folder.resolve(String.format("%s-%03d.eml", java.time.LocalDate.now(), shown + 1));
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                        message.writeTo(out);
                    }
                    String text = MailCatcher.text(message);
                    java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
                    System.out.printf("%n✉ To %s — %s%n  %s%n  (%s)%n", String.join(", ", java.util.Arrays.stream(message.getAllRecipients())
                            .map(Object::toString).toList()), MailCatcher.subject(message), link.find() ? link.group() : "", file);
                } catch (Exception unreadable) {
                    System.out.println("✉ A message arrived but could not be shown: " + unreadable.getMessage());
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException stopping) {
                return;
            }
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
        out.append(" Mail:       every message goes to the local SMTP server on 127.0.0.1:").append(stack.ports().smtp())
                .append(";\n             it is shown here and saved in ").append(stack.workDir().resolve("mail")).append("\n");
        out.append(" Health:     ").append(stack.managementUrl()).append("/health/ready\n");
        out.append(" Metrics:    ").append(stack.managementUrl()).append("/metrics\n");
        out.append(" Data:       ").append(stack.workDir()).append(" (delete it to start afresh)\n");
        out.append(" Press Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
