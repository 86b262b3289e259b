package org.agorapolis.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text lives in both languages, and every key the code and pages use exists. */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:refuse|Exception|info|require)\\([^\"\\n;]*?\"([a-z]+\\.[a-zA-Z0-9.]+)\"");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(), load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/org/agorapolis", bundle))) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=") && !seen.add(line.substring(0, line.indexOf('=')).trim())) {
                    twice.add(line.substring(0, line.indexOf('=')).trim());
                }
            }
            assertTrue(twice.isEmpty(), bundle + ": the later line silently replaces the earlier for " + twice);
        }
    }

    @Test
    void everyKeyUsedByAPageOrByTheCodeExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/webapp"), ".xhtml")) {
            collect(PAGE_KEY, Files.readString(file), known, missing, false);
        }
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            collect(CODE_KEY, Files.readString(file), known, missing, true);
        }
        assertTrue(missing.isEmpty(), "missing message keys: " + missing);
    }

    @Test
    void everyMessageWithArgumentsFormatsWithItsApostrophes() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (pattern.contains("{")) {
                    String formatted = new java.text.MessageFormat(pattern).format(new Object[] {1, 2, 3});
                    assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                            formatted.chars().filter(c -> c == '\'').count(), bundle + " " + key + ": double the apostrophes");
                }
            }
        }
    }

    /** Keys given to Text.require are prefixes: each of its three suffixes must exist. */
    private static void collect(Pattern pattern, String source, Set<String> known, Set<String> missing, boolean code) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            String key = matcher.group(1);
            boolean prefix = code && matcher.group().startsWith("require");
            for (String full : prefix ? new String[] {key + ".required", key + ".tooShort", key + ".tooLong"} : new String[] {key}) {
                if (!known.contains(full)) {
                    missing.add(full);
                }
            }
        }
    }

    private static Iterable<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(extension)).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/agorapolis/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
