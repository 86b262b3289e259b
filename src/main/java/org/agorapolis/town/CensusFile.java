package org.agorapolis.town;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agorapolis.shared.InvalidInputException;

/**
 * The census CSV an administrator uploads: a header line, then one line per neighbourhood and age
 * band — {@code neighbourhood,age_band,population} — separated by commas or semicolons (as
 * spreadsheets save them in French). Neighbourhoods are named as in the town settings (case and
 * accents ignored) or by their code; age bands as {@code 15-29} or {@code 75+}. Every line is
 * checked; the file is taken whole or not at all, with the first errors and their line numbers.
 */
public final class CensusFile {

    /** At most this many bytes (a town of a few hundred neighbourhoods needs a few kilobytes). */
    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_LINES = 20_000;
    public static final int MAX_POPULATION = 10_000_000;
    /** Errors reported at most, the first ones. */
    public static final int MAX_ERRORS = 10;

    private CensusFile() {
    }

    /** A neighbourhood as the file may name it. */
    public record Place(long id, String name, String code) {

        public static Place of(Neighbourhood neighbourhood) {
            return new Place(neighbourhood.getId(), neighbourhood.getName(), neighbourhood.getCode());
        }
    }

    /** One line of the baseline. */
    public record Line(long neighbourhoodId, long ageBandId, int population) {
    }

    /** A problem on a line, as a message key and its arguments (the line number first). */
    public record Problem(int line, String key, Object... arguments) {
    }

    /** What reading the file gave: the lines if there was no problem, else the problems. */
    public record Reading(List<Line> lines, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the file against the town's neighbourhoods and age bands.
     *
     * @throws InvalidInputException for a file that cannot be read at all (too big, not text, empty)
     */
    public static Reading read(byte[] content, List<Place> neighbourhoods, List<AgeBand> bands) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("census.tooBig", MAX_BYTES / 1000);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("census.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> rows = text.lines().filter(l -> !l.isBlank()).toList();
        if (rows.size() < 2) {
            throw new InvalidInputException("census.empty");
        }
        if (rows.size() > MAX_LINES + 1) {
            throw new InvalidInputException("census.tooManyLines", MAX_LINES);
        }
        Map<String, Long> places = new HashMap<>();
        for (Place n : neighbourhoods) {
            places.put(key(n.name()), n.id());
            places.put(key(n.code()), n.id());
        }
        Map<String, Long> ages = new HashMap<>();
        for (AgeBand b : bands) {
            ages.put(b.maxAge() == null ? b.minAge() + "+" : b.minAge() + "-" + b.maxAge(), b.id());
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size() && problems.size() < MAX_ERRORS; i++) {
            int number = i + 1;
            String[] cells = rows.get(i).split("[;,]", -1);
            if (cells.length != 3) {
                problems.add(new Problem(number, "census.columns"));
                continue;
            }
            Long place = places.get(key(unquote(cells[0])));
            String band = unquote(cells[1]).replace(" ", "").replace('–', '-');
            Long age = ages.get(band);
            String count = unquote(cells[2]).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            if (place == null) {
                problems.add(new Problem(number, "census.unknownNeighbourhood", unquote(cells[0])));
            } else if (age == null) {
                problems.add(new Problem(number, "census.unknownAgeBand", band));
            } else if (!count.matches("[0-9]{1,8}") || Integer.parseInt(count) > MAX_POPULATION) {
                problems.add(new Problem(number, "census.badPopulation", MAX_POPULATION));
            } else if (!seen.add(place + ":" + age)) {
                problems.add(new Problem(number, "census.duplicate"));
            } else {
                lines.add(new Line(place, age, Integer.parseInt(count)));
            }
        }
        return new Reading(problems.isEmpty() ? List.copyOf(lines) : List.of(), List.copyOf(problems));
    }

    private static String unquote(String cell) {
        String value = cell.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** Names compared whatever their case, accents and spacing. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
    }
}
