package org.agorapolis.invitations;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;

/** Moderators grant quotas and mark relays: members with a larger reach whom the reports show apart. */
@Stateless
@jakarta.annotation.security.PermitAll
public class InvitationAdministration {

    public static final int QUOTA_MAX = 10000;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.agorapolis.shared.AuditTrail audit;

    @jakarta.inject.Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    @jakarta.inject.Inject
    org.agorapolis.assemblies.AssemblyModerators moderators;

    /** A member as moderators see them for invitations. */
    public record MemberQuota(long participantId, String name, int generation, boolean relay, int remaining, int used) {

        public long getParticipantId() {
            return participantId;
        }

        public String getName() {
            return name;
        }

        public int getGeneration() {
            return generation;
        }

        public boolean isRelay() {
            return relay;
        }

        public int getRemaining() {
            return remaining;
        }

        public int getUsed() {
            return used;
        }
    }

    /** The assembly's members, relays first, then by name. */
    public PageOf<MemberQuota> members(long assemblyId, int pageNumber, int pageSize) {
        moderators.require(current.viewer(), assemblyId);
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        long total = ((Number) em.createNativeQuery("select count(*) from membership where assembly_id = ?1")
                .setParameter(1, assemblyId).getSingleResult()).longValue();
        List<MemberQuota> rows = ((List<?>) em.createNativeQuery("""
                select p.id, p.display_name, m.generation, m.relay, coalesce(q.remaining, a.default_quota), coalesce(q.used, 0)
                from membership m join participant p on p.id = m.participant_id join assembly a on a.id = m.assembly_id
                left join invitation_quota q on q.assembly_id = m.assembly_id and q.participant_id = m.participant_id
                where m.assembly_id = ?1 order by m.relay desc, p.display_name, p.id
                """).setParameter(1, assemblyId)
                .setFirstResult((number - 1) * size).setMaxResults(size).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new MemberQuota(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (Boolean) r[3],
                        ((Number) r[4]).intValue(), ((Number) r[5]).intValue()))
                .toList();
        return new PageOf<>(rows, total, number, size);
    }

    /** Sets how many invitations the member still holds, and whether they are a relay. */
    public void grant(long assemblyId, long participantId, int remaining, boolean relay) {
        moderators.require(current.viewer(), assemblyId);
        if (remaining < 0 || remaining > QUOTA_MAX) {
            throw new InvalidInputException("invitation.quota.range", 0, QUOTA_MAX);
        }
        List<?> before = em.createNativeQuery("""
                select m.relay, coalesce(q.remaining, a.default_quota) from membership m join assembly a on a.id = m.assembly_id
                left join invitation_quota q on q.assembly_id = m.assembly_id and q.participant_id = m.participant_id
                where m.assembly_id = ?1 and m.participant_id = ?2 for update of m
                """).setParameter(1, assemblyId).setParameter(2, participantId).getResultList();
        int updated = em.createNativeQuery("update membership set relay = ?3 where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, participantId).setParameter(3, relay).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("assembly.notMember");
        }
        em.createNativeQuery("""
                insert into invitation_quota (assembly_id, participant_id, remaining) values (?1, ?2, ?3)
                on conflict (assembly_id, participant_id) do update set remaining = excluded.remaining
                """).setParameter(1, assemblyId).setParameter(2, participantId).setParameter(3, remaining).executeUpdate();
        Object[] was = (Object[]) before.get(0);
        audit.record(current.participantId().orElse(null), "invitations.grant", "PARTICIPANT", participantId, assemblyId,
                "{\"relay\":" + was[0] + ",\"remaining\":" + was[1] + "}", "{\"relay\":" + relay + ",\"remaining\":" + remaining + "}");
    }
}
