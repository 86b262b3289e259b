package org.agorapolis.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far participation reaches, computed from counts only (the method notes of the reports say
 * the same in words):
 * <ul>
 * <li><b>representation ratio</b> of a group (a neighbourhood, an age band): its share of the
 * members who answered, divided by its share of the census population — 1 is its fair share,
 * 0.5 half of it, 2 twice; none for a group the census counts nobody in;</li>
 * <li><b>inclusion score</b>: 1 minus half the sum of the gaps between the members' shares and the
 * population's shares (one minus the dissimilarity index) — 1 when members are distributed exactly
 * like the population, 0 when no member is where the population is;</li>
 * <li><b>bridging index</b>: among invitations whose two ends said where they live or how old they
 * are, the share whose inviter and invitee differ in neighbourhood or in age band;</li>
 * <li><b>K-factor</b>: new members brought in per member — per generation, members of generation
 * g + 1 divided by members of generation g.</li>
 * </ul>
 */
public final class Reach {

    private Reach() {
    }

    /** A group's members (who answered) and its census population. */
    public record Group(String name, long members, long population) {
    }

    /** The representation ratio of each group, in their order; empty where the census counts nobody. */
    public static Map<String, Optional<Double>> representation(List<Group> groups) {
        long members = groups.stream().mapToLong(Group::members).sum();
        long population = groups.stream().mapToLong(Group::population).sum();
        Map<String, Optional<Double>> ratios = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.population() == 0 || population == 0 || members == 0) {
                ratios.put(g.name(), g.population() == 0 || population == 0 ? Optional.empty() : Optional.of(0.0));
            } else {
                ratios.put(g.name(), Optional.of(((double) g.members() / members) / ((double) g.population() / population)));
            }
        }
        return ratios;
    }

    /** One minus the dissimilarity between members and population across the groups; empty without members or census. */
    public static Optional<Double> inclusionScore(List<Group> groups) {
        long members = groups.stream().mapToLong(Group::members).sum();
        long population = groups.stream().mapToLong(Group::population).sum();
        if (members == 0 || population == 0) {
            return Optional.empty();
        }
        double gaps = 0;
        for (Group g : groups) {
            gaps += Math.abs((double) g.members() / members - (double) g.population() / population);
        }
        return Optional.of(1 - gaps / 2);
    }

    /** An invitation's two ends, as they described themselves: null where they did not say. */
    public record Edge(Long inviterNeighbourhood, Long inviteeNeighbourhood, Long inviterAgeBand, Long inviteeAgeBand) {

        boolean comparable() {
            return inviterNeighbourhood != null && inviteeNeighbourhood != null || inviterAgeBand != null && inviteeAgeBand != null;
        }

        boolean crosses() {
            return inviterNeighbourhood != null && inviteeNeighbourhood != null && !inviterNeighbourhood.equals(inviteeNeighbourhood)
                    || inviterAgeBand != null && inviteeAgeBand != null && !inviterAgeBand.equals(inviteeAgeBand);
        }
    }

    /** The bridging index and the number of invitations it was computed on; empty when none can be compared. */
    public record Bridging(long crossing, long comparable) {

        public Optional<Double> index() {
            return comparable == 0 ? Optional.empty() : Optional.of((double) crossing / comparable);
        }
    }

    /** The same, on invitations grouped by their ends' answers (as the database counts them). */
    public static Bridging bridging(Map<Edge, Long> counted) {
        long comparable = 0;
        long crossing = 0;
        for (Map.Entry<Edge, Long> e : counted.entrySet()) {
            if (e.getKey().comparable()) {
                comparable += e.getValue();
                crossing += e.getKey().crosses() ? e.getValue() : 0;
            }
        }
        return new Bridging(crossing, comparable);
    }

    public static Bridging bridging(List<Edge> edges) {
        long comparable = 0;
        long crossing = 0;
        for (Edge e : edges) {
            if (e.comparable()) {
                comparable++;
                crossing += e.crosses() ? 1 : 0;
            }
        }
        return new Bridging(crossing, comparable);
    }

    /** K per generation: for each generation g but the last, members of g + 1 per member of g (empty where g has none). */
    public static List<Optional<Double>> kByGeneration(long[] membersByGeneration) {
        List<Optional<Double>> k = new ArrayList<>();
        for (int g = 0; g + 1 < membersByGeneration.length; g++) {
            k.add(membersByGeneration[g] == 0 ? Optional.empty() : Optional.of((double) membersByGeneration[g + 1] / membersByGeneration[g]));
        }
        return k;
    }

    /** K overall: members brought in by another member (through their link or coupon) per member; empty without members. */
    public static Optional<Double> kOverall(long broughtByMembers, long members) {
        return members == 0 ? Optional.empty() : Optional.of((double) broughtByMembers / members);
    }
}
