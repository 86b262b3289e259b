package org.agorapolis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.agorapolis.stack.TestStack;

/**
 * Chromium driven by Playwright, one per test class. Uses the system's Chromium
 * ({@code /usr/bin/chromium}) with Playwright's download switched off when it exists; elsewhere
 * Playwright may fetch its own. A missing browser fails the tests: they never skip.
 */
public final class Browser implements AutoCloseable {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        if (system) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        playwright = Playwright.create(create);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_FLAGS);
        if (system) {
            launch.setExecutablePath(SYSTEM_CHROMIUM);
        }
        chromium = playwright.chromium().launch(launch);
    }

    /** A new visitor: own cookies, French browser, phone-sized unless said otherwise. */
    public Page newVisitor(String language, int width) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language, "X-Forwarded-For", "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255)))
                .setViewportSize(width, 800));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Checks the page with axe-core: no serious or critical WCAG 2.1 AA violation. Returns a description of those found. */
    public static String seriousAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " → "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /** True when the page fits the viewport's width (no horizontal scrolling). */
    public static boolean fitsWidth(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** Waits for the selector; when it never comes, fails with a screenshot and what the page says instead. */
    public static void expect(Page page, String selector) {
        try {
            page.waitForSelector(selector);
        } catch (com.microsoft.playwright.TimeoutError e) {
            String name = "unexpected-" + System.nanoTime();
            screenshot(page, name);
            throw new AssertionError("Expected " + selector + " on " + page.url() + " (screenshot " + name + "), found: "
                    + page.locator("body").innerText().replaceAll("\\s+", " "), e);
        }
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(TestStack.screenshots().resolve(name + ".png")));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
