package org.agorapolis.reports;

import java.util.List;
import java.util.Optional;

/**
 * The town's reach as officials read it, every count already suppressed (ADR 0009): members who
 * answered by neighbourhood and by age band beside the census, the inclusion scores, who answered,
 * the bridging index and K by generation.
 */
public record ReachReport(int k, List<Row> byNeighbourhood, List<Row> byAgeBand, Shown answeredNeighbourhood, Shown declinedNeighbourhood,
                          Shown answeredAgeBand, Shown declinedAgeBand, Shown members, Optional<Double> inclusionByNeighbourhood,
                          Optional<Double> inclusionByAgeBand, Shown crossing, Shown comparable, Optional<Double> bridgingIndex,
                          List<Generation> generations, Optional<Double> kOverall, List<GenerationReach> reachByGeneration) {

    /**
     * Whether a generation reaches further than the seeds: its members who gave their neighbourhood
     * (or age band), and its inclusion scores against the census — none over fewer than k.
     */
    public record GenerationReach(int generation, Shown answered, Optional<Double> byNeighbourhood, Optional<Double> byAgeBand) {

        public int getGeneration() {
            return generation;
        }

        public Shown getAnswered() {
            return answered;
        }

        public Double getByNeighbourhood() {
            return byNeighbourhood.orElse(null);
        }

        public Double getByAgeBand() {
            return byAgeBand.orElse(null);
        }
    }

    public List<GenerationReach> getReachByGeneration() {
        return reachByGeneration;
    }

    /** A count as published: its value, or "< k". */
    public record Shown(long value, boolean hidden, int k) {

        public String getText() {
            return Suppression.shown(value, hidden, k);
        }

        public boolean isHidden() {
            return hidden;
        }
    }

    /** A group: members who answered (suppressed), census population, representation ratio (none when members are hidden). */
    public record Row(String name, Shown members, long population, Optional<Double> ratio) {

        public String getName() {
            return name;
        }

        public Shown getMembers() {
            return members;
        }

        public long getPopulation() {
            return population;
        }

        public Double getRatio() {
            return ratio.orElse(null);
        }
    }

    /** Members of a generation, and K from it to the next (none when either count is hidden). */
    public record Generation(int generation, Shown members, Optional<Double> k) {

        public int getGeneration() {
            return generation;
        }

        public Shown getMembers() {
            return members;
        }

        public Double getK() {
            return k.orElse(null);
        }
    }

    public int getK() {
        return k;
    }

    public List<Row> getByNeighbourhood() {
        return byNeighbourhood;
    }

    public List<Row> getByAgeBand() {
        return byAgeBand;
    }

    public Shown getAnsweredNeighbourhood() {
        return answeredNeighbourhood;
    }

    public Shown getDeclinedNeighbourhood() {
        return declinedNeighbourhood;
    }

    public Shown getAnsweredAgeBand() {
        return answeredAgeBand;
    }

    public Shown getDeclinedAgeBand() {
        return declinedAgeBand;
    }

    public Shown getMembers() {
        return members;
    }

    public Double getInclusionByNeighbourhood() {
        return inclusionByNeighbourhood.orElse(null);
    }

    public Double getInclusionByAgeBand() {
        return inclusionByAgeBand.orElse(null);
    }

    public Shown getCrossing() {
        return crossing;
    }

    public Shown getComparable() {
        return comparable;
    }

    public Double getBridgingIndex() {
        return bridgingIndex.orElse(null);
    }

    public List<Generation> getGenerations() {
        return generations;
    }

    public Double getKOverall() {
        return kOverall.orElse(null);
    }
}
