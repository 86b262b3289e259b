package org.agorapolis.stack;

import java.nio.file.Path;

/**
 * The stack for integration and browser tests: started once per test JVM on free ports with a
 * fresh database, stopped when the JVM exits. Tests create their own data; the demo town is never
 * loaded here.
 */
public final class TestStack {

    private static Stack stack;

    private TestStack() {
    }

    public static synchronized Stack get() {
        if (stack == null) {
            try {
                Stack started = Stack.fresh(Stack.Layout.fromSystemProperties());
                started.start();
                stack = started;
            } catch (Exception e) {
                throw new IllegalStateException("The test stack did not start: " + e.getMessage(), e);
            }
        }
        return stack;
    }

    /** Where tests may write what they produce (screenshots). */
    public static Path screenshots() {
        return Path.of(System.getProperty("agorapolis.screenshots.dir", "target/screenshots"));
    }
}
