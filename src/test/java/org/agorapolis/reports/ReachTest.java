package org.agorapolis.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Every reach figure on small hand-drawn cases, worked out by hand in the comments. */
class ReachTest {

    private static final double EPSILON = 1e-4;

    //            members  population | member share  population share
    // A               30        1000 |  30/45 = .6667   1000/5000 = .2
    // B               10        3000 |  10/45 = .2222   3000/5000 = .6
    // C                0        1000 |      0           1000/5000 = .2
    // D                5           0 |   5/45 = .1111          0
    private static final List<Reach.Group> TOWN = List.of(new Reach.Group("A", 30, 1000), new Reach.Group("B", 10, 3000),
            new Reach.Group("C", 0, 1000), new Reach.Group("D", 5, 0));

    @Test
    void aGroupsRepresentationIsItsShareOfMembersOverItsShareOfThePopulation() {
        Map<String, Optional<Double>> ratios = Reach.representation(TOWN);
        assertEquals(3.3333, ratios.get("A").orElseThrow(), EPSILON, ".6667 / .2");
        assertEquals(0.3704, ratios.get("B").orElseThrow(), EPSILON, ".2222 / .6");
        assertEquals(0.0, ratios.get("C").orElseThrow(), EPSILON);
        assertTrue(ratios.get("D").isEmpty(), "nobody in the census: no ratio");
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(ratios.keySet()));
    }

    @Test
    void theInclusionScoreIsOneMinusHalfTheGaps() {
        // Gaps .4667 + .3778 + .2 + .1111 = 1.1556; half is .5778; the score is .4222.
        assertEquals(0.4222, Reach.inclusionScore(TOWN).orElseThrow(), EPSILON);
        assertEquals(1.0, Reach.inclusionScore(List.of(new Reach.Group("A", 2, 200), new Reach.Group("B", 3, 300))).orElseThrow(), EPSILON,
                "members spread exactly like the population");
        assertEquals(0.0, Reach.inclusionScore(List.of(new Reach.Group("A", 5, 0), new Reach.Group("B", 0, 300))).orElseThrow(), EPSILON,
                "no member where the population is");
        assertTrue(Reach.inclusionScore(List.of(new Reach.Group("A", 0, 100))).isEmpty(), "no member yet");
        assertTrue(Reach.inclusionScore(List.of(new Reach.Group("A", 4, 0))).isEmpty(), "no census yet");
    }

    @Test
    void theBridgingIndexCountsInvitationsCrossingANeighbourhoodOrAnAgeBand() {
        Reach.Bridging bridging = Reach.bridging(List.of(
                new Reach.Edge(1L, 1L, 10L, 10L),      // same place, same age: comparable, not crossing
                new Reach.Edge(1L, 2L, null, null),    // another neighbourhood: crossing
                new Reach.Edge(null, null, 10L, 11L),  // another age band: crossing
                new Reach.Edge(1L, null, null, 10L),   // nothing to compare: left out
                new Reach.Edge(1L, 1L, 10L, 11L)));    // same place, another age: crossing
        assertEquals(new Reach.Bridging(3, 4), bridging);
        assertEquals(0.75, bridging.index().orElseThrow(), EPSILON);
        assertTrue(Reach.bridging(List.of(new Reach.Edge(null, 1L, 2L, null))).index().isEmpty());
    }

    @Test
    void kIsNewMembersPerMemberOverallAndPerGeneration() {
        // Generations 10 → 20 → 10 → 0: K is 2, then .5, then 0.
        assertEquals(List.of(Optional.of(2.0), Optional.of(0.5), Optional.of(0.0)), Reach.kByGeneration(new long[] {10, 20, 10, 0}));
        assertEquals(List.of(Optional.empty()), Reach.kByGeneration(new long[] {0, 5}), "no one in generation 0 to divide by");
        // 30 of 40 members were brought in by another member (posters' arrivals are not).
        assertEquals(0.75, Reach.kOverall(30, 40).orElseThrow(), EPSILON);
        assertTrue(Reach.kOverall(0, 0).isEmpty());
    }
}
