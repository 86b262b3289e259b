package org.agorapolis.assemblies;

import java.time.LocalDate;
import java.util.List;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.web.RichText;

/**
 * What a moderator sets up for an assembly. {@link #validated()} returns a cleaned copy or
 * refuses with the rule broken: lengths, dates in order, a threshold from 1 to 100,000.
 */
public record AssemblySetup(String title, String summary, String description, String topic, Visibility visibility,
                            List<Long> neighbourhoodIds, LocalDate opensOn, LocalDate votingOn, LocalDate closesOn,
                            int supportsThreshold, String closingMessage) {

    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int TOPIC_MAX = 80;
    public static final int CLOSING_MAX = 2000;
    public static final int THRESHOLD_MAX = 100000;

    public AssemblySetup {
        neighbourhoodIds = neighbourhoodIds == null ? List.of() : List.copyOf(neighbourhoodIds);
    }

    public AssemblySetup validated() {
        String cleanTitle = Text.require(title, "assembly.title", 3, TITLE_MAX);
        String cleanSummary = Text.require(summary, "assembly.summary", 10, SUMMARY_MAX);
        String cleanDescription = RichText.sanitise(Text.clean(description));
        if (cleanDescription.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("assembly.description.tooLong", DESCRIPTION_MAX);
        }
        String cleanTopic = Text.clean(topic);
        if (cleanTopic.length() > TOPIC_MAX) {
            throw new InvalidInputException("assembly.topic.tooLong", TOPIC_MAX);
        }
        String cleanClosing = Text.clean(closingMessage);
        if (cleanClosing.length() > CLOSING_MAX) {
            throw new InvalidInputException("assembly.closingMessage.tooLong", CLOSING_MAX);
        }
        if (visibility == null) {
            throw new InvalidInputException("assembly.visibility.required");
        }
        if (opensOn == null || votingOn == null || closesOn == null) {
            throw new InvalidInputException("assembly.dates.required");
        }
        if (votingOn.isBefore(opensOn) || closesOn.isBefore(votingOn)) {
            throw new InvalidInputException("assembly.dates.order");
        }
        if (supportsThreshold < 1 || supportsThreshold > THRESHOLD_MAX) {
            throw new InvalidInputException("assembly.threshold.range", 1, THRESHOLD_MAX);
        }
        return new AssemblySetup(cleanTitle, cleanSummary, cleanDescription, cleanTopic.isEmpty() ? null : cleanTopic,
                visibility, neighbourhoodIds, opensOn, votingOn, closesOn, supportsThreshold, cleanClosing);
    }
}
