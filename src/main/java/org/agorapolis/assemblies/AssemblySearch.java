package org.agorapolis.assemblies;

import org.agorapolis.shared.Text;

/**
 * What a visitor filters the list of assemblies by; every part is optional.
 *
 * @param phase          only assemblies in this phase
 * @param neighbourhood  only assemblies concerning this neighbourhood (its id)
 * @param topic          only assemblies on this topic
 * @param words          words of the title or summary
 */
public record AssemblySearch(Phase phase, Long neighbourhood, String topic, String words) {

    public static final int MAX_WORDS = 100;
    public static final AssemblySearch EVERYTHING = new AssemblySearch(null, null, null, null);

    public AssemblySearch {
        topic = blankToNull(topic);
        words = blankToNull(words);
        if (words != null && words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
    }

    // Jakarta EL 5 reads properties through getters only.
    public Phase getPhase() {
        return phase;
    }

    public Long getNeighbourhood() {
        return neighbourhood;
    }

    public String getTopic() {
        return topic;
    }

    public String getWords() {
        return words;
    }

    /** A LIKE pattern matching the words anywhere, with LIKE's own wildcards taken literally. */
    String wordsPattern() {
        return "%" + words.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String value) {
        String cleaned = Text.clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
