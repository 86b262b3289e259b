package org.agorapolis.invitations;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.persistence.SqlValues;

/**
 * The invitation tree of an assembly as moderators see it: pseudonyms instead of names (stable
 * within the assembly, meaningless outside it), the branch each member brought in, burst alerts and
 * redemptions flagged for the inviter's own device or address.
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class InvitationNetwork {

    public static final int ROOTS_PER_PAGE = 50;
    public static final int CHILDREN_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    InvitationTokens tokens;

    @Inject
    org.agorapolis.shared.AuditTrail audit;

    @Inject
    org.agorapolis.assemblies.AssemblyModerators moderators;

    @Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    /** A member in the tree: pseudonym, place, how they came and how far their branch reaches. */
    public record Node(String pseudonym, int generation, String channel, Instant joinedAt, long invitees, long branch,
                       boolean sameDevice, boolean sameAddress, boolean relay) {

        public String getPseudonym() {
            return pseudonym;
        }

        public int getGeneration() {
            return generation;
        }

        public String getChannel() {
            return channel;
        }

        public Instant getJoinedAt() {
            return joinedAt;
        }

        public long getInvitees() {
            return invitees;
        }

        public long getBranch() {
            return branch;
        }

        public boolean isSameDevice() {
            return sameDevice;
        }

        public boolean isSameAddress() {
            return sameAddress;
        }

        public boolean isRelay() {
            return relay;
        }
    }

    /** A link or poster redeemed unusually fast. */
    public record Alert(String origin, boolean poster, int redemptions, int windowMinutes, Instant at) {

        public String getOrigin() {
            return origin;
        }

        public boolean isPoster() {
            return poster;
        }

        public int getRedemptions() {
            return redemptions;
        }

        public int getWindowMinutes() {
            return windowMinutes;
        }

        public Instant getAt() {
            return at;
        }
    }

    /** A member, who brought them (a pseudonym or a poster's place), and whom they brought. */
    public record Subtree(Node node, Optional<String> inviter, Optional<String> poster, List<Node> children) {

        public Node getNode() {
            return node;
        }

        public String getInviter() {
            return inviter.orElse(null);
        }

        public String getPoster() {
            return poster.orElse(null);
        }

        public List<Node> getChildren() {
            return children;
        }
    }

    /** The pseudonym of a member in an assembly: the same on every page, another in every other assembly. */
    public String pseudonym(long assemblyId, long participantId) {
        return "M-" + HexFormat.of().withUpperCase().formatHex(tokens.fingerprint("pseudonym", assemblyId + ":" + participantId), 0, 4);
    }

    public List<Alert> alerts(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return ((List<?>) em.createNativeQuery("""
                select l.inviter_id, s.name, a.redemptions, a.window_minutes, a.created_at
                from invitation_alert a left join invitation_link l on l.id = a.link_id left join poster s on s.id = a.poster_id
                where a.assembly_id = ?1 order by a.created_at desc limit 100
                """).setParameter(1, assemblyId).getResultList()).stream().map(Object[].class::cast)
                .map(r -> new Alert(r[0] != null ? pseudonym(assemblyId, SqlValues.count(r[0])) : (String) r[1], r[0] == null,
                        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), SqlValues.instant(r[4])))
                .toList();
    }

    /** Members who joined from their inviter's device or address (most recent first). */
    public List<Node> flagged(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        List<Long> ids = ((List<?>) em.createNativeQuery("""
                select invitee_id from invitation_edge where assembly_id = ?1 and (same_device or same_address) order by joined_at desc limit 200
                """).setParameter(1, assemblyId).getResultList()).stream().map(SqlValues::count).toList();
        return nodes(assemblyId, ids);
    }

    /** The seeds (generation 0) and the poster arrivals, largest branches first. */
    public PageOf<Node> roots(long assemblyId, int pageNumber) {
        moderators.require(current.viewer(), assemblyId);
        int number = PageOf.clampNumber(pageNumber);
        long total = SqlValues.count(em.createNativeQuery("select count(*) from membership where assembly_id = ?1 and invited_by is null")
                .setParameter(1, assemblyId).getSingleResult());
        List<Long> ids = ((List<?>) em.createNativeQuery("""
                with recursive tree (root, node) as (
                    select participant_id, participant_id from membership where assembly_id = ?1 and invited_by is null
                    union all
                    select t.root, e.invitee_id from tree t join invitation_edge e on e.assembly_id = ?1 and e.inviter_id = t.node)
                select root from tree group by root order by count(*) desc, root
                """).setParameter(1, assemblyId).setFirstResult((number - 1) * ROOTS_PER_PAGE).setMaxResults(ROOTS_PER_PAGE)
                .getResultList()).stream().map(SqlValues::count).toList();
        return new PageOf<>(nodes(assemblyId, ids), total, number, ROOTS_PER_PAGE);
    }

    /** The member behind a pseudonym, with their inviter and their direct invitees; empty if no member has it. */
    public Optional<Subtree> subtree(long assemblyId, String pseudonym) {
        moderators.require(current.viewer(), assemblyId);
        Optional<Long> member;
        try {
            member = Optional.of(member(assemblyId, pseudonym));
        } catch (org.agorapolis.shared.NotFoundException unknown) {
            member = Optional.empty();
        }
        return member.map(id -> {
            Object[] origin = (Object[]) em.createNativeQuery("""
                    select m.invited_by, (select s.name from invitation_edge e join poster s on s.id = e.poster_id
                                          where e.assembly_id = m.assembly_id and e.invitee_id = m.participant_id)
                    from membership m where m.assembly_id = ?1 and m.participant_id = ?2
                    """).setParameter(1, assemblyId).setParameter(2, id).getSingleResult();
            List<Long> children = ((List<?>) em.createNativeQuery("""
                    select invitee_id from invitation_edge where assembly_id = ?1 and inviter_id = ?2 order by joined_at limit ?3
                    """).setParameter(1, assemblyId).setParameter(2, id).setParameter(3, CHILDREN_MAX).getResultList()).stream()
                    .map(SqlValues::count).toList();
            return new Subtree(nodes(assemblyId, List.of(id)).get(0),
                    Optional.ofNullable(origin[0]).map(inviter -> pseudonym(assemblyId, SqlValues.count(inviter))),
                    Optional.ofNullable((String) origin[1]), nodes(assemblyId, children));
        });
    }

    /**
     * Beside a reported author, moderators see the first level by name: the author, whoever invited
     * them and whom they invited, as pseudonym → display name. Beyond that first level, and for
     * anyone else, the tree stays pseudonymised. Empty unless the case is one of this assembly's.
     */
    public Map<String, String> namesAroundReportedAuthor(long assemblyId, long caseId) {
        moderators.require(current.viewer(), assemblyId);
        List<?> author = em.createNativeQuery("select author_id from moderation_case where id = ?1 and assembly_id = ?2")
                .setParameter(1, caseId).setParameter(2, assemblyId).getResultList();
        if (author.isEmpty()) {
            return Map.of();
        }
        long authorId = SqlValues.count(author.get(0));
        return ((List<?>) em.createNativeQuery("""
                select p.id, p.display_name from participant p
                where p.id = ?2
                   or p.id = (select invited_by from membership where assembly_id = ?1 and participant_id = ?2)
                   or p.id in (select invitee_id from invitation_edge where assembly_id = ?1 and inviter_id = ?2)
                """).setParameter(1, assemblyId).setParameter(2, authorId).getResultList()).stream().map(Object[].class::cast)
                .collect(Collectors.toMap(r -> pseudonym(assemblyId, SqlValues.count(r[0])), r -> (String) r[1], (a, b) -> a));
    }

    private static final String SUBTREE = """
            with recursive branch (node) as (
                select cast(?2 as bigint)
                union
                select e.invitee_id from branch b join invitation_edge e on e.assembly_id = ?1 and e.inviter_id = b.node)
            """;

    /** The member behind the pseudonym, or not found. */
    private long member(long assemblyId, String pseudonym) {
        return ((List<?>) em.createNativeQuery("select participant_id from membership where assembly_id = ?1").setParameter(1, assemblyId)
                .getResultList()).stream().map(SqlValues::count).filter(id -> pseudonym(assemblyId, id).equals(pseudonym)).findFirst()
                .orElseThrow(() -> new org.agorapolis.shared.NotFoundException("network.unknownNode"));
    }

    /** How many live personal links and unused coupons the member's branch (them included) holds in the assembly. */
    public long unusedInvitations(long assemblyId, String pseudonym) {
        moderators.require(current.viewer(), assemblyId);
        return SqlValues.count(em.createNativeQuery(SUBTREE + """
                select (select count(*) from invitation_link l join branch b on b.node = l.inviter_id
                        where l.assembly_id = ?1 and l.revoked_at is null and l.expires_at > now())
                     + (select count(*) from invitation_coupon c join branch b on b.node = c.inviter_id
                        where c.assembly_id = ?1 and c.revoked_at is null and c.redeemed_at is null and c.expires_at > now())
                """).setParameter(1, assemblyId).setParameter(2, member(assemblyId, pseudonym)).getSingleResult());
    }

    /**
     * Suspends the member and everyone their branch brought into the assembly, in one statement: all
     * or none. A town moderator's suspension holds everywhere; an assembly moderator's, in their
     * assembly only. Audited with the number of people.
     *
     * @return how many people were suspended
     */
    public int suspendSubtree(org.agorapolis.shared.security.Viewer moderator, long assemblyId, String pseudonym, int days) {
        if (days < 1 || days > 365) {
            throw new org.agorapolis.shared.InvalidInputException("moderation.suspend.range", 1, 365);
        }
        moderators.require(moderator, assemblyId);
        long root = member(assemblyId, pseudonym);
        long me = moderator.participantId().orElseThrow();
        boolean everywhere = moderator.canModerate();
        int suspended = em.createNativeQuery(SUBTREE + """
                insert into suspension (participant_id, ends_at, reason, created_by, assembly_id)
                select node, now() + ?3 * interval '1 day', 'SPAM', ?4, case when ?5 then null else ?1 end from branch where node <> ?4
                """).setParameter(1, assemblyId).setParameter(2, root).setParameter(3, days).setParameter(4, me).setParameter(5, everywhere)
                .executeUpdate();
        em.createNativeQuery(SUBTREE + """
                insert into notice (participant_id, kind, assembly_id, about)
                select node, ?5, ?1, 'SPAM:' || ?3 from branch where node <> ?4
                """).setParameter(1, assemblyId).setParameter(2, root).setParameter(3, days).setParameter(4, me)
                .setParameter(5, everywhere ? "SUSPENDED" : "SUSPENDED_HERE").executeUpdate();
        audit.record(me, "network.suspendSubtree", "PARTICIPANT", root, assemblyId, null,
                "{\"people\":" + suspended + ",\"days\":" + days + "}");
        return suspended;
    }

    /**
     * Revokes the live personal links and unused coupons of the member's branch in the assembly, in
     * one transaction. Audited with the numbers.
     *
     * @return how many links and coupons were revoked
     */
    public int revokeSubtree(org.agorapolis.shared.security.Viewer moderator, long assemblyId, String pseudonym) {
        moderators.require(moderator, assemblyId);
        long root = member(assemblyId, pseudonym);
        int links = em.createNativeQuery(SUBTREE + """
                update invitation_link l set revoked_at = now() from branch b
                where b.node = l.inviter_id and l.assembly_id = ?1 and l.revoked_at is null
                """).setParameter(1, assemblyId).setParameter(2, root).executeUpdate();
        int coupons = em.createNativeQuery(SUBTREE + """
                update invitation_coupon c set revoked_at = now() from branch b
                where b.node = c.inviter_id and c.assembly_id = ?1 and c.revoked_at is null and c.redeemed_at is null
                """).setParameter(1, assemblyId).setParameter(2, root).executeUpdate();
        audit.record(moderator.participantId().orElseThrow(), "network.revokeSubtree", "PARTICIPANT", root, assemblyId, null,
                "{\"links\":" + links + ",\"coupons\":" + coupons + "}");
        return links + coupons;
    }

    /** The nodes of these members, in the given order, with their branch sizes. */
    private List<Node> nodes(long assemblyId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String members = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Node> byId = ((List<?>) em.createNativeQuery("""
                with recursive tree (root, node) as (
                    select participant_id, participant_id from membership where assembly_id = ?1 and participant_id = any(string_to_array(?2, ',')::bigint[])
                    union all
                    select t.root, e.invitee_id from tree t join invitation_edge e on e.assembly_id = ?1 and e.inviter_id = t.node)
                select m.participant_id, m.generation, e.channel, coalesce(e.joined_at, m.joined_at),
                       (select count(*) from invitation_edge c where c.assembly_id = ?1 and c.inviter_id = m.participant_id),
                       (select count(*) - 1 from tree t where t.root = m.participant_id),
                       coalesce(e.same_device, false), coalesce(e.same_address, false), m.relay
                from membership m left join invitation_edge e on e.assembly_id = m.assembly_id and e.invitee_id = m.participant_id
                where m.assembly_id = ?1 and m.participant_id = any(string_to_array(?2, ',')::bigint[])
                """).setParameter(1, assemblyId).setParameter(2, members).getResultList()).stream().map(Object[].class::cast)
                .collect(Collectors.toMap(r -> SqlValues.count(r[0]), r -> new Node(pseudonym(assemblyId, SqlValues.count(r[0])),
                        ((Number) r[1]).intValue(), r[2] == null ? "SEED" : (String) r[2], SqlValues.instant(r[3]), SqlValues.count(r[4]),
                        SqlValues.count(r[5]), (Boolean) r[6], (Boolean) r[7], (Boolean) r[8]), (a, b) -> a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
