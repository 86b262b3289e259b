package org.agorapolis.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.town.TownService;

/**
 * Computes the figures of the reports for a scope (the town or one assembly), every count of people
 * suppressed below k (ADR 0009). Callers check who may read them: {@link ReportService} for
 * officials, the snapshot timer for itself.
 */
@Stateless
public class ReportQueries {

    static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

    @Inject
    ParticipantService participants;

    @Inject
    AssemblyService assemblies;

    @Inject
    TownService town;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** Members of the scope's published assemblies (drafts left out), each counted once. */
    private static final String MEMBERS = """
            with m as (select distinct ms.participant_id from membership ms join assembly a on a.id = ms.assembly_id where ${published})
            """;

    /** The town's reach, every count suppressed below k (ADR 0009). Officials and administrators only. */
    public ReachReport reach(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> places = rows(scope, MEMBERS + """
                select n.name, count(p.id), coalesce(c.population, 0)
                from neighbourhood n
                left join (m join participant p on p.id = m.participant_id) on p.neighbourhood_id = n.id
                left join (select neighbourhood_id, sum(population) population from census group by neighbourhood_id) c on c.neighbourhood_id = n.id
                group by n.id, n.name, c.population order by n.name
                """);
        List<Object[]> ages = rows(scope, MEMBERS + """
                select case when b.max_age is null then b.min_age || '+' else b.min_age || '–' || b.max_age end, count(p.id), coalesce(c.population, 0)
                from age_band b
                left join (m join participant p on p.id = m.participant_id) on p.age_band_id = b.id
                left join (select age_band_id, sum(population) population from census group by age_band_id) c on c.age_band_id = b.id
                group by b.id, b.min_age, b.max_age, c.population order by b.min_age
                """);
        Object[] answers = rows(scope, MEMBERS + """
                select count(*), count(p.neighbourhood_id), count(*) filter (where p.neighbourhood_declined),
                       count(p.age_band_id), count(*) filter (where p.age_band_declined)
                from m join participant p on p.id = m.participant_id
                """).get(0);
        java.util.Map<Reach.Edge, Long> edges = new java.util.HashMap<>();
        for (Object[] r : rows(scope, """
                select pi.neighbourhood_id, pe.neighbourhood_id, pi.age_band_id, pe.age_band_id, count(*)
                from invitation_edge e join assembly a on a.id = e.assembly_id
                join participant pi on pi.id = e.inviter_id join participant pe on pe.id = e.invitee_id
                where ${published} group by 1, 2, 3, 4
                """)) {
            edges.put(new Reach.Edge(SqlValues.optionalLong(r[0]), SqlValues.optionalLong(r[1]), SqlValues.optionalLong(r[2]),
                    SqlValues.optionalLong(r[3])), SqlValues.count(r[4]));
        }
        List<Object[]> generations = rows(scope, """
                select ms.generation, count(*) from membership ms join assembly a on a.id = ms.assembly_id
                where ${published} group by 1 order by 1
                """);
        Object[] brought = rows(scope, """
                select (select count(*) from invitation_edge e join assembly a on a.id = e.assembly_id where ${published} and e.inviter_id is not null),
                       (select count(*) from membership ms join assembly a on a.id = ms.assembly_id where ${published})
                """).get(0);

        long members = SqlValues.count(answers[0]);
        long answeredPlace = SqlValues.count(answers[1]);
        long declinedPlace = SqlValues.count(answers[2]);
        long answeredAge = SqlValues.count(answers[3]);
        long declinedAge = SqlValues.count(answers[4]);
        Suppression.Hidden placeAnswers = Suppression.ofList(new long[] {answeredPlace, declinedPlace, members - answeredPlace - declinedPlace}, k);
        Suppression.Hidden ageAnswers = Suppression.ofList(new long[] {answeredAge, declinedAge, members - answeredAge - declinedAge}, k);
        Reach.Bridging bridging = Reach.bridging(edges);
        Suppression.Hidden bridges = Suppression.ofList(new long[] {bridging.crossing(), bridging.comparable() - bridging.crossing()}, k);

        long[] byGeneration = new long[generations.isEmpty() ? 0 : ((Number) generations.get(generations.size() - 1)[0]).intValue() + 1];
        for (Object[] r : generations) {
            byGeneration[((Number) r[0]).intValue()] = SqlValues.count(r[1]);
        }
        Suppression.Hidden generationHidden = Suppression.ofList(byGeneration, k);
        List<Optional<Double>> kByGeneration = Reach.kByGeneration(byGeneration);
        List<ReachReport.Generation> published = new java.util.ArrayList<>();
        for (int g = 0; g < byGeneration.length; g++) {
            boolean hidden = generationHidden.cells()[0][g];
            boolean nextHidden = g + 1 < byGeneration.length && generationHidden.cells()[0][g + 1];
            Optional<Double> kHere = g < kByGeneration.size() && !hidden && !nextHidden ? kByGeneration.get(g) : Optional.empty();
            published.add(new ReachReport.Generation(g, new ReachReport.Shown(byGeneration[g], hidden, k), kHere));
        }
        return new ReachReport(k, groups(places, k), groups(ages, k),
                new ReachReport.Shown(answeredPlace, placeAnswers.cells()[0][0], k), new ReachReport.Shown(declinedPlace, placeAnswers.cells()[0][1], k),
                new ReachReport.Shown(answeredAge, ageAnswers.cells()[0][0], k), new ReachReport.Shown(declinedAge, ageAnswers.cells()[0][1], k),
                new ReachReport.Shown(members, Suppression.ofList(new long[] {members}, k).cells()[0][0], k),
                Reach.inclusionScore(asGroups(places)), Reach.inclusionScore(asGroups(ages)),
                new ReachReport.Shown(bridging.crossing(), bridges.cells()[0][0], k),
                new ReachReport.Shown(bridging.comparable(), bridges.rowTotals()[0], k),
                bridges.cells()[0][0] || bridges.rowTotals()[0] ? Optional.empty() : bridging.index(),
                published, Reach.kOverall(SqlValues.count(brought[0]), SqlValues.count(brought[1])), reachByGeneration(scope, places, ages, k));
    }

    /** Inclusion scores generation by generation, over memberships whose member answered; none over fewer than k. */
    private List<ReachReport.GenerationReach> reachByGeneration(ReportScope scope, List<Object[]> places, List<Object[]> ages, int k) {
        java.util.Map<Integer, java.util.Map<String, Long>> byPlace = answersByGeneration(scope, """
                select ms.generation, n.name, count(*) from membership ms join assembly a on a.id = ms.assembly_id and ${published}
                join participant p on p.id = ms.participant_id join neighbourhood n on n.id = p.neighbourhood_id group by 1, 2
                """);
        java.util.Map<Integer, java.util.Map<String, Long>> byAge = answersByGeneration(scope, """
                select ms.generation, case when b.max_age is null then b.min_age || '+' else b.min_age || '–' || b.max_age end, count(*)
                from membership ms join assembly a on a.id = ms.assembly_id and ${published}
                join participant p on p.id = ms.participant_id join age_band b on b.id = p.age_band_id group by 1, 2
                """);
        java.util.SortedSet<Integer> generations = new java.util.TreeSet<>(byPlace.keySet());
        generations.addAll(byAge.keySet());
        List<ReachReport.GenerationReach> reach = new java.util.ArrayList<>();
        for (int g : generations) {
            java.util.Map<String, Long> place = byPlace.getOrDefault(g, java.util.Map.of());
            java.util.Map<String, Long> age = byAge.getOrDefault(g, java.util.Map.of());
            long answered = place.values().stream().mapToLong(Long::longValue).sum();
            long answeredAge = age.values().stream().mapToLong(Long::longValue).sum();
            reach.add(new ReachReport.GenerationReach(g, shown(answered, k),
                    answered < k ? Optional.empty() : Reach.inclusionScore(census(places, place)),
                    answeredAge < k ? Optional.empty() : Reach.inclusionScore(census(ages, age))));
        }
        return reach;
    }

    private java.util.Map<Integer, java.util.Map<String, Long>> answersByGeneration(ReportScope scope, String sql) {
        java.util.Map<Integer, java.util.Map<String, Long>> answers = new java.util.HashMap<>();
        for (Object[] r : rows(scope, sql)) {
            answers.computeIfAbsent(((Number) r[0]).intValue(), g -> new java.util.HashMap<>()).put((String) r[1], SqlValues.count(r[2]));
        }
        return answers;
    }

    /** The census groups (name, population) with this generation's members in them. */
    private static List<Reach.Group> census(List<Object[]> groups, java.util.Map<String, Long> members) {
        return groups.stream().map(r -> new Reach.Group((String) r[0], members.getOrDefault((String) r[0], 0L), SqlValues.count(r[2]))).toList();
    }

    /** How recruitment spread across the published assemblies (ADR 0009 applies). Officials and administrators only. */
    public ViralReport viral(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        String published = "join assembly a on a.id = %s.assembly_id and ${published}";
        Object[] counts = rows(scope, """
                select (select count(*) from membership ms %1$s),
                       (select count(*) from (select distinct e.assembly_id, e.inviter_id from invitation_edge e %2$s where e.inviter_id is not null) x),
                       (select count(*) from invitation_edge e %2$s where e.inviter_id is not null),
                       (select count(*) from invitation_edge e %2$s join membership m on m.assembly_id = e.assembly_id and m.participant_id = e.inviter_id
                        where m.relay),
                       (select coalesce(max(ms.generation), 0) from membership ms %1$s),
                       (select count(*) from membership ms %1$s where ms.generation = 0
                        and exists (select 1 from invitation_edge e where e.assembly_id = ms.assembly_id and e.inviter_id = ms.participant_id))
                """.formatted(published.formatted("ms"), published.formatted("e"))).get(0);
        Object[] firstInvitation = rows(scope, """
                select count(*), percentile_cont(0.5) within group (order by extract(epoch from t.first - t.joined))
                from (select ms.joined_at joined, min(e.joined_at) first from invitation_edge e %s
                      join membership ms on ms.assembly_id = e.assembly_id and ms.participant_id = e.inviter_id
                      group by e.assembly_id, e.inviter_id, ms.joined_at) t
                """.formatted(published.formatted("e"))).get(0);
        Object[] joining = rows(scope, """
                select count(*), percentile_cont(0.5) within group (order by extract(epoch from e.joined_at - e.opened_at))
                from invitation_edge e %s where e.inviter_id is not null and e.opened_at is not null and e.opened_at <= e.joined_at
                """.formatted(published.formatted("e"))).get(0);
        long memberships = SqlValues.count(counts[0]);
        long inviters = SqlValues.count(counts[1]);
        long brought = SqlValues.count(counts[2]);
        long byRelays = SqlValues.count(counts[3]);
        long chains = SqlValues.count(counts[5]);
        return new ViralReport(shown(memberships, k), shown(inviters, k), shown(brought, k), Virality.shareWhoInvite(inviters, memberships, k),
                Virality.invitationsPerInviter(brought, inviters, k),
                Virality.published(firstInvitation[1] == null ? null : ((Number) firstInvitation[1]).doubleValue(), SqlValues.count(firstInvitation[0]), k),
                Virality.published(joining[1] == null ? null : ((Number) joining[1]).doubleValue(), SqlValues.count(joining[0]), k),
                ((Number) counts[4]).intValue(), shown(chains, k), Virality.relayShare(byRelays, brought, k));
    }

    /** A poster code's figures as the reports publish them: scans, accounts created, members who joined, first contributions. */
    public record PosterFigures(String place, String assembly, ReachReport.Shown scans, ReachReport.Shown signUps, ReachReport.Shown joined,
                                ReachReport.Shown contributed) {

        public String getPlace() {
            return place;
        }

        public String getAssembly() {
            return assembly;
        }

        public ReachReport.Shown getScans() {
            return scans;
        }

        public ReachReport.Shown getSignUps() {
            return signUps;
        }

        public ReachReport.Shown getJoined() {
            return joined;
        }

        public ReachReport.Shown getContributed() {
            return contributed;
        }
    }

    /**
     * Every poster code of the published assemblies with its figures, busiest first; each column is
     * suppressed as a list with its total (ADR 0009). Officials and administrators only.
     */
    public List<PosterFigures> posters(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> rows = rows(scope, """
                select s.name, a.title, s.scans, count(e.id) filter (where p.first_sign_in_at >= e.opened_at), count(e.id), count(e.first_contribution_at)
                from poster s join assembly a on a.id = s.assembly_id and ${published}
                left join invitation_edge e on e.poster_id = s.id left join participant p on p.id = e.invitee_id
                group by s.id, s.name, a.title, s.scans order by s.scans desc, s.name, s.id limit 500
                """);
        Suppression.Hidden[] columns = new Suppression.Hidden[4];
        for (int c = 0; c < 4; c++) {
            int column = c + 2;
            columns[c] = Suppression.ofList(rows.stream().mapToLong(r -> SqlValues.count(r[column])).toArray(), k);
        }
        List<PosterFigures> figures = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            ReachReport.Shown[] shown = new ReachReport.Shown[4];
            for (int c = 0; c < 4; c++) {
                shown[c] = new ReachReport.Shown(SqlValues.count(r[c + 2]), columns[c].cells()[0][i], k);
            }
            figures.add(new PosterFigures((String) r[0], (String) r[1], shown[0], shown[1], shown[2], shown[3]));
        }
        return figures;
    }

    /** One cell of the open-data export: invitations accepted in a generation by people of a neighbourhood and age band, through a channel. */
    public record Flow(int generation, String neighbourhood, String ageBand, String channel, ReachReport.Shown invitations) {
    }

    /**
     * The open-data export of invitation flows: generation × neighbourhood × age band × channel
     * (neighbourhood by its code, "declined" or "unknown"; age band as 15-29 or 75+), non-zero cells
     * only. Suppressed as a table whose rows are the generations (their totals are published in the
     * reports) and whose columns are the other three together (ADR 0009).
     */
    public List<Flow> invitationFlows(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> cells = rows(scope, """
                select e.generation,
                       coalesce(n.code, case when p.neighbourhood_declined then 'declined' else 'unknown' end),
                       coalesce(case when b.max_age is null then b.min_age || '+' else b.min_age || '-' || b.max_age end,
                                case when p.age_band_declined then 'declined' else 'unknown' end),
                       e.channel, count(*)
                from invitation_edge e join assembly a on a.id = e.assembly_id and ${published}
                join participant p on p.id = e.invitee_id
                left join neighbourhood n on n.id = p.neighbourhood_id left join age_band b on b.id = p.age_band_id
                group by 1, 2, 3, 4 order by 1, 2, 3, 4
                """);
        List<Integer> generations = cells.stream().map(r -> ((Number) r[0]).intValue()).distinct().sorted().toList();
        List<String> columns = cells.stream().map(r -> r[1] + "|" + r[2] + "|" + r[3]).distinct().sorted().toList();
        long[][] table = new long[generations.size()][columns.size()];
        for (Object[] r : cells) {
            table[generations.indexOf(((Number) r[0]).intValue())][columns.indexOf(r[1] + "|" + r[2] + "|" + r[3])] = SqlValues.count(r[4]);
        }
        Suppression.Hidden hidden = Suppression.of(table, k);
        List<Flow> flows = new java.util.ArrayList<>();
        for (Object[] r : cells) {
            int row = generations.indexOf(((Number) r[0]).intValue());
            int column = columns.indexOf(r[1] + "|" + r[2] + "|" + r[3]);
            flows.add(new Flow(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                    new ReachReport.Shown(table[row][column], hidden.cells()[row][column], k)));
        }
        return flows;
    }

    /** One channel's funnel: openings, accounts created after opening, members joined, first contributions, still active 30 days later. */
    public record FunnelRow(String channel, Optional<ReachReport.Shown> created, ReachReport.Shown opened, ReachReport.Shown accounts, ReachReport.Shown joined,
                            ReachReport.Shown contributed, ReachReport.Shown voted, ReachReport.Shown active, Optional<Double> joinRate) {

        /** Members arrived on this channel who voted on at least one ballot of their assembly. */
        public ReachReport.Shown getVoted() {
            return voted;
        }

        /** A conversion between two steps, only when both counts are shown and the first is not zero (ADR 0009). */
        static Double rate(ReachReport.Shown to, ReachReport.Shown from) {
            return to.hidden() || from.hidden() || from.value() == 0 ? null : (double) to.value() / from.value();
        }

        public Double getOpenedPerCreated() {
            return created.map(c -> rate(opened, c)).orElse(null);
        }

        public Double getAccountsPerOpening() {
            return rate(accounts, opened);
        }

        public Double getContributedPerJoined() {
            return rate(contributed, joined);
        }

        public Double getVotedPerJoined() {
            return rate(voted, joined);
        }

        public Double getActivePerJoined() {
            return rate(active, joined);
        }

        public String getChannel() {
            return channel;
        }

        /** Invitations created on this channel's row, or none for channels that carry the personal link. */
        public ReachReport.Shown getCreated() {
            return created.orElse(null);
        }

        public ReachReport.Shown getOpened() {
            return opened;
        }

        public ReachReport.Shown getAccounts() {
            return accounts;
        }

        public ReachReport.Shown getJoined() {
            return joined;
        }

        public ReachReport.Shown getContributed() {
            return contributed;
        }

        public ReachReport.Shown getActive() {
            return active;
        }

        /** Members joined per opening, when both are shown. */
        public Double getJoinRate() {
            return joinRate.orElse(null);
        }
    }

    /**
     * The funnel by channel over the scope's published assemblies: invitations created (personal
     * links on the link row — one link is shared on every channel — coupons, poster codes), openings
     * of live invitations (once per visit), accounts created after the opening, members joined, first
     * contributions, and members still signing in 30 days after joining (among those who joined at
     * least 30 days ago). Suppressed as a table of channels × steps (ADR 0009).
     */
    public List<FunnelRow> funnel(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        java.util.Map<String, long[]> byChannel = new java.util.LinkedHashMap<>();
        for (org.agorapolis.invitations.Channel channel : org.agorapolis.invitations.Channel.values()) {
            byChannel.put(channel.name(), new long[FUNNEL_STEPS]);
        }
        Object[] created = rows(scope, """
                select (select count(*) from invitation_link l join assembly a on a.id = l.assembly_id and ${published}),
                       (select count(*) from invitation_coupon c join assembly a on a.id = c.assembly_id and ${published}),
                       (select count(*) from poster s join assembly a on a.id = s.assembly_id and ${published})
                """).get(0);
        byChannel.get("LINK")[0] = SqlValues.count(created[0]);
        byChannel.get("COUPON")[0] = SqlValues.count(created[1]);
        byChannel.get("POSTER")[0] = SqlValues.count(created[2]);
        for (Object[] r : rows(scope, """
                select o.channel, sum(o.openings) from invitation_opening o join assembly a on a.id = o.assembly_id and ${published} group by 1
                """)) {
            byChannel.computeIfPresent((String) r[0], (c, steps) -> {
                steps[1] = SqlValues.count(r[1]);
                return steps;
            });
        }
        for (Object[] r : rows(scope, """
                select e.channel,
                       count(*) filter (where e.opened_at is not null and p.first_sign_in_at >= e.opened_at),
                       count(*),
                       count(e.first_contribution_at),
                       count(*) filter (where exists (select 1 from ballot_voter v join ballot b on b.id = v.ballot_id
                                                      where b.assembly_id = e.assembly_id and v.participant_id = e.invitee_id)),
                       count(*) filter (where e.joined_at <= now() - interval '30 days' and p.last_sign_in_at >= e.joined_at + interval '30 days')
                from invitation_edge e join assembly a on a.id = e.assembly_id and ${published} join participant p on p.id = e.invitee_id
                group by 1
                """)) {
            byChannel.computeIfPresent((String) r[0], (c, steps) -> {
                for (int s = 2; s < FUNNEL_STEPS; s++) {
                    steps[s] = SqlValues.count(r[s - 1]);
                }
                return steps;
            });
        }
        long[][] table = byChannel.values().toArray(long[][]::new);
        Suppression.Hidden hidden = Suppression.of(table, k);
        List<String> channels = List.copyOf(byChannel.keySet());
        List<FunnelRow> funnel = new java.util.ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            ReachReport.Shown[] steps = new ReachReport.Shown[FUNNEL_STEPS];
            for (int s = 0; s < FUNNEL_STEPS; s++) {
                steps[s] = new ReachReport.Shown(table[i][s], hidden.cells()[i][s], k);
            }
            Optional<Double> rate = steps[1].hidden() || steps[3].hidden() || table[i][1] == 0 ? Optional.empty()
                    : Optional.of((double) table[i][3] / table[i][1]);
            String channel = channels.get(i);
            funnel.add(new FunnelRow(channel, CREATED_ON_ITS_OWN_ROW.contains(channel) ? Optional.of(steps[0]) : Optional.empty(),
                    steps[1], steps[2], steps[3], steps[4], steps[5], steps[6], rate));
        }
        return funnel;
    }

    /** Steps of the funnel: created, opened, accounts, joined, contributed, voted, active after 30 days. */
    private static final int FUNNEL_STEPS = 7;

    /** Channels whose invitations are created as such; the other channels carry the personal link counted on the link row. */
    private static final java.util.Set<String> CREATED_ON_ITS_OWN_ROW = java.util.Set.of("LINK", "COUPON", "POSTER");

    /** Proposals of the published assemblies by status, every status present (proposals, not people: no suppression). */
    public java.util.Map<String, Long> proposalsByStatus(ReportScope scope) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (org.agorapolis.proposals.ProposalStatus status : org.agorapolis.proposals.ProposalStatus.values()) {
            counts.put(status.name(), 0L);
        }
        for (Object[] r : rows(scope, "select p.status, count(*) from proposal p join assembly a on a.id = p.assembly_id and ${published} group by 1")) {
            counts.put((String) r[0], SqlValues.count(r[1]));
        }
        return counts;
    }

    /** A meeting and how many registered, for the reports (registrations are people: suppressed). */
    public record MeetingFigures(String assembly, String meeting, java.time.Instant startsAt, int capacity, ReachReport.Shown registered,
                                 Optional<ReachReport.Shown> attended) {

        /** People counted in the room, or null if not recorded yet. */
        public ReachReport.Shown getAttended() {
            return attended.orElse(null);
        }

        public String getAssembly() {
            return assembly;
        }

        public String getMeeting() {
            return meeting;
        }

        public java.time.Instant getStartsAt() {
            return startsAt;
        }

        public int getCapacity() {
            return capacity;
        }

        public ReachReport.Shown getRegistered() {
            return registered;
        }
    }

    /**
     * The meetings of the scope's published assemblies, latest first (at most 100), with their
     * registrations and their recorded attendance, each suppressed as a list (people).
     */
    public List<MeetingFigures> meetings(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> rows = rows(scope, """
                select a.title, m.title, m.starts_at, m.capacity, m.registered, m.attended from meeting m join assembly a on a.id = m.assembly_id and ${published}
                order by m.starts_at desc, m.id desc limit 100
                """);
        Suppression.Hidden registered = Suppression.ofList(rows.stream().mapToLong(r -> SqlValues.count(r[4])).toArray(), k);
        List<Object[]> recorded = rows.stream().filter(r -> r[5] != null).toList();
        Suppression.Hidden attended = Suppression.ofList(recorded.stream().mapToLong(r -> SqlValues.count(r[5])).toArray(), k);
        List<MeetingFigures> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            int j = recorded.indexOf(r);
            Optional<ReachReport.Shown> came = j < 0 ? Optional.empty()
                    : Optional.of(new ReachReport.Shown(SqlValues.count(r[5]), attended.cells()[0][j], k));
            meetings.add(new MeetingFigures((String) r[0], (String) r[1], SqlValues.instant(r[2]), ((Number) r[3]).intValue(),
                    new ReachReport.Shown(SqlValues.count(r[4]), registered.cells()[0][i], k), came));
        }
        return meetings;
    }

    /** A ballot as the reports show it: turnout (people: suppressed) and its outcome once counted. */
    public record BallotFigures(String assembly, String question, String method, boolean counted, ReachReport.Shown voters, ReachReport.Shown eligible,
                                Optional<Double> turnout, Optional<Boolean> adopted, List<String> winners) {

        public String getAssembly() {
            return assembly;
        }

        public String getQuestion() {
            return question;
        }

        public String getMethod() {
            return method;
        }

        public boolean isCounted() {
            return counted;
        }

        public ReachReport.Shown getVoters() {
            return voters;
        }

        public ReachReport.Shown getEligible() {
            return eligible;
        }

        public Double getTurnout() {
            return turnout.orElse(null);
        }

        /** For/against: adopted or not; null otherwise or before counting. */
        public Boolean getAdopted() {
            return adopted.orElse(null);
        }

        /** Approval and majority judgment: the options ranked first, once counted. */
        public String getWinners() {
            return String.join(" · ", winners);
        }
    }

    /**
     * The scope's ballots that have opened, latest closing first (at most 100): voters and eligible
     * members (suppressed as lists), turnout when both are shown, and the outcome once counted.
     */
    public List<BallotFigures> ballots(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> rows = rows(scope, """
                select b.id, a.title, b.question, b.method, b.result,
                       coalesce(b.voters, (select count(*) from ballot_voter v where v.ballot_id = b.id)),
                       coalesce(b.eligible, (select count(*) from membership m where m.assembly_id = b.assembly_id
                                                                             and (not b.members_before_opening or m.joined_at < b.opens_at)))
                from ballot b join assembly a on a.id = b.assembly_id and ${published}
                where b.opens_at <= now() order by b.closes_at desc, b.id desc limit 100
                """);
        Suppression.Hidden voters = Suppression.ofList(rows.stream().mapToLong(r -> SqlValues.count(r[5])).toArray(), k);
        Suppression.Hidden eligible = Suppression.ofList(rows.stream().mapToLong(r -> SqlValues.count(r[6])).toArray(), k);
        List<BallotFigures> ballots = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            ReachReport.Shown voted = new ReachReport.Shown(SqlValues.count(r[5]), voters.cells()[0][i], k);
            ReachReport.Shown could = new ReachReport.Shown(SqlValues.count(r[6]), eligible.cells()[0][i], k);
            Optional<Double> turnout = voted.hidden() || could.hidden() || could.value() == 0 ? Optional.empty()
                    : Optional.of((double) voted.value() / could.value());
            Optional<Boolean> adopted = Optional.empty();
            List<String> winners = List.of();
            if (r[4] != null) {
                org.agorapolis.votes.Tally.Result result = org.agorapolis.votes.Tally.parse((String) r[4]);
                if (result instanceof org.agorapolis.votes.Tally.ForAgainst forAgainst) {
                    adopted = Optional.of(forAgainst.adopted());
                } else {
                    List<Integer> first = result instanceof org.agorapolis.votes.Tally.Approval approval ? approval.winners()
                            : ((org.agorapolis.votes.Tally.Judgment) result).winners();
                    List<?> labels = em.createNativeQuery("select label from ballot_option where ballot_id = ?1 order by position")
                            .setParameter(1, ((Number) r[0]).longValue()).getResultList();
                    winners = first.stream().map(p -> (String) labels.get(p - 1)).toList();
                }
            }
            ballots.add(new BallotFigures((String) r[1], (String) r[2], (String) r[3], r[4] != null, voted, could, turnout, adopted, winners));
        }
        return ballots;
    }

    /** Days shown in the activity chart. */
    public static final int ACTIVITY_DAYS = 60;

    /** Activity per day over the last {@link #ACTIVITY_DAYS} days, in the town's time zone, each count under k hidden. */
    public Activity activity(ReportScope scope) {
        int k = Suppression.effectiveK(town.settings().reportK());
        List<Object[]> rows = rows(scope, """
                with d as (select generate_series(current_date - %1$d + 1, current_date, interval '1 day')::date as day),
                     since as (select ((current_date - %1$d + 1)::timestamp at time zone '%2$s') as at),
                     published as (select a.id from assembly a where ${published}),
                     j as (select (m.joined_at at time zone '%2$s')::date as day, count(*) as n from membership m
                           where m.assembly_id in (select id from published) and m.joined_at >= (select at from since) group by 1),
                     pr as (select (p.created_at at time zone '%2$s')::date as day, count(*) as n from proposal p
                            where p.assembly_id in (select id from published) and p.created_at >= (select at from since) group by 1),
                     co as (select (c.created_at at time zone '%2$s')::date as day, count(*) as n from comment c
                            where c.assembly_id in (select id from published) and c.created_at >= (select at from since) group by 1),
                     su as (select (s.supported_at at time zone '%2$s')::date as day, count(*) as n from support s join proposal p on p.id = s.proposal_id
                            where p.assembly_id in (select id from published) and s.supported_at >= (select at from since) group by 1),
                     vo as (select (x.at at time zone '%2$s')::date as day, count(*) as n from audit_entry x
                            where x.action = 'ballots.cast' and x.assembly_id in (select id from published) and x.at >= (select at from since) group by 1)
                select d.day, coalesce(j.n, 0), coalesce(pr.n, 0), coalesce(co.n, 0), coalesce(su.n, 0), coalesce(vo.n, 0)
                from d left join j on j.day = d.day left join pr on pr.day = d.day left join co on co.day = d.day left join su on su.day = d.day
                left join vo on vo.day = d.day
                order by d.day
                """.formatted(ACTIVITY_DAYS, org.agorapolis.town.Town.ZONE.getId()));
        List<Activity.Day> days = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            ReachReport.Shown[] counts = new ReachReport.Shown[5];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = shown(SqlValues.count(r[i + 1]), k);
            }
            days.add(new Activity.Day(SqlValues.localDate(r[0]), counts[0], counts[1], counts[2], counts[3], counts[4]));
        }
        return new Activity(k, days);
    }

    /** A single count as published: hidden from 1 to k − 1. */
    private static ReachReport.Shown shown(long count, int k) {
        return new ReachReport.Shown(count, Suppression.ofList(new long[] {count}, k).cells()[0][0], k);
    }

    private static List<Reach.Group> asGroups(List<Object[]> rows) {
        return rows.stream().map(r -> new Reach.Group((String) r[0], SqlValues.count(r[1]), SqlValues.count(r[2]))).toList();
    }

    /** Rows of groups: members suppressed as a list with its total, the ratio shown only beside a shown count. */
    private static List<ReachReport.Row> groups(List<Object[]> rows, int k) {
        List<Reach.Group> groups = asGroups(rows);
        Suppression.Hidden hidden = Suppression.ofList(groups.stream().mapToLong(Reach.Group::members).toArray(), k);
        java.util.Map<String, Optional<Double>> ratios = Reach.representation(groups);
        List<ReachReport.Row> published = new java.util.ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Reach.Group g = groups.get(i);
            boolean masked = hidden.cells()[0][i];
            published.add(new ReachReport.Row(g.name(), new ReachReport.Shown(g.members(), masked, k), g.population(),
                    masked ? Optional.empty() : ratios.get(g.name())));
        }
        return published;
    }

    /** Rows of a statement whose {@code ${published}} stands for the scope's condition on the assembly {@code a}. */
    private List<Object[]> rows(ReportScope scope, String sql) {
        jakarta.persistence.Query query = em.createNativeQuery(sql.replace("${published}", scope.condition("a")));
        scope.assemblyId().ifPresent(id -> query.setParameter("assembly", id));
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast).toList();
    }

    /** Every section of the report for the scope, as of now; an assembly must be published. */
    public Report report(ReportScope scope) {
        Instant started = Instant.now();
        String title = town.townName();
        Optional<org.agorapolis.assemblies.Phase> phase = Optional.empty();
        Optional<java.time.LocalDate> closesOn = Optional.empty();
        if (scope.assemblyId().isPresent()) {
            org.agorapolis.assemblies.Assembly assembly = em.find(org.agorapolis.assemblies.Assembly.class, scope.assemblyId().get());
            if (assembly == null || assembly.getPhase() == org.agorapolis.assemblies.Phase.DRAFT) {
                throw new org.agorapolis.shared.NotFoundException("reports.noSuchAssembly");
            }
            title = assembly.getTitle();
            phase = Optional.of(assembly.getPhase());
            closesOn = Optional.ofNullable(assembly.getClosesOn());
        }
        return new Report(scope, title, phase, closesOn, started, townFigures(), reach(scope), viral(scope), posters(scope), activity(scope),
                funnel(scope), proposalsByStatus(scope), meetings(scope), ballots(scope), Duration.between(started, Instant.now()));
    }

    /** The published assemblies a report can be read for, latest first (at most 500). */
    public List<Report.Choice> choices() {
        return rows(ReportScope.TOWN, "select a.id, a.title, a.phase from assembly a where ${published} order by a.created_at desc, a.id desc limit 500")
                .stream().map(r -> new Report.Choice(((Number) r[0]).longValue(), (String) r[1], org.agorapolis.assemblies.Phase.valueOf((String) r[2])))
                .toList();
    }

    public TownFigures townFigures() {
        return new TownFigures(
                participants.count(),
                participants.countSignedInSince(Instant.now().minus(ACTIVE_WINDOW)),
                town.countNeighbourhoods(),
                assemblies.countByPhase());
    }
}
