package org.agorapolis.invitations;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.RateLimitExceededException;
import org.agorapolis.shared.persistence.SqlValues;

/**
 * Anti-abuse for invitations, in the transaction of the action it guards. Rate limits are counted
 * under transaction-scoped advisory locks (per participant, then per address), so that parallel
 * requests cannot slip past them; flags and alerts never block anyone, they inform moderators.
 */
@Stateless
public class InvitationGuard {

    /** Invitations a person can accept in an hour. */
    public static final int REDEMPTIONS_PER_PARTICIPANT_PER_HOUR = 10;
    /** Invitations accepted from one address in an hour (a household, a library's computers). */
    public static final int REDEMPTIONS_PER_ADDRESS_PER_HOUR = 30;
    /** Coupons a member can print in a day, all assemblies together. */
    public static final int COUPONS_PER_PARTICIPANT_PER_DAY = 50;
    /** Coupons printed from one address in a day. */
    public static final int COUPONS_PER_ADDRESS_PER_DAY = 150;
    /** Wrong coupon codes typed from one address in an hour. */
    public static final int CODE_MISSES_PER_ADDRESS_PER_HOUR = 30;
    /** A link redeemed this many times within {@link #BURST_MINUTES} raises an alert (once an hour at most). */
    public static final int BURST_REDEMPTIONS = 5;
    public static final int BURST_MINUTES = 10;

    private static final long REDEMPTION_LOCK = 0x52454445L;
    private static final long COUPON_LOCK = 0x434f5550L;
    private static final long CODE_LOCK = 0x434f4445L;

    @PersistenceContext
    EntityManager em;

    /** Refuses a redemption past the hourly limits; counts it if it goes through. */
    public void redemption(long participantId, Visit visit) {
        limit("REDEMPTION", REDEMPTION_LOCK, participantId, visit, 1, "1 hour", REDEMPTIONS_PER_PARTICIPANT_PER_HOUR,
                REDEMPTIONS_PER_ADDRESS_PER_HOUR, "invitation.rate.redemptions", "invitation.rate.redemptionsAddress");
    }

    /** Refuses printing past the daily limits; counts the coupons if they are printed. */
    public void coupons(long participantId, Visit visit, int count) {
        limit("COUPONS", COUPON_LOCK, participantId, visit, count, "1 day", COUPONS_PER_PARTICIPANT_PER_DAY, COUPONS_PER_ADDRESS_PER_DAY,
                "invitation.rate.coupons", "invitation.rate.couponsAddress");
    }

    /**
     * Three round trips: both locks (participant, then address), then both counts — in a statement
     * of their own, so that their snapshot sees what the lock holders committed — then the record.
     */
    private void limit(String kind, long scope, long participantId, Visit visit, int units, String window, int perParticipant,
                       int perAddress, String participantKey, String addressKey) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2), pg_advisory_xact_lock(?3, ?4)")
                .setParameter(1, (int) scope).setParameter(2, (int) participantId)
                .setParameter(3, (int) scope + 1).setParameter(4, java.nio.ByteBuffer.wrap(visit.address()).getInt()).getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select (select coalesce(sum(units), 0) from invitation_attempt where participant_id = ?1 and kind = ?2 and at > now() - cast(?4 as interval)),
                       (select coalesce(sum(units), 0) from invitation_attempt where address_hash = ?3 and kind = ?2 and at > now() - cast(?4 as interval))
                """).setParameter(1, participantId).setParameter(2, kind).setParameter(3, visit.address()).setParameter(4, window).getSingleResult();
        if (SqlValues.count(counts[0]) + units > perParticipant) {
            throw new RateLimitExceededException(participantKey, perParticipant);
        }
        if (SqlValues.count(counts[1]) + units > perAddress) {
            throw new RateLimitExceededException(addressKey, perAddress);
        }
        record(kind, participantId, visit, units);
    }

    /** Whether this address has typed too many wrong codes in the last hour. */
    public boolean tooManyCodeMisses(Visit visit) {
        return byAddress("CODE_MISS", visit, "1 hour") >= CODE_MISSES_PER_ADDRESS_PER_HOUR;
    }

    /** Counts a wrong code typed from this address. */
    public void codeMiss(Long participantId, Visit visit) {
        lockAddress(CODE_LOCK, visit);
        record("CODE_MISS", participantId, visit, 1);
    }

    /** Remembers where a member invites from, to compare with where their invitees redeem. */
    public void seen(long participantId, Visit visit) {
        em.createNativeQuery("""
                insert into participant_device (participant_id, device_hash, address_hash) values (?1, ?2, ?3)
                on conflict (participant_id, device_hash, address_hash) do update set last_seen_at = now()
                """).setParameter(1, participantId).setParameter(2, visit.device()).setParameter(3, visit.address()).executeUpdate();
    }

    /**
     * After a redemption through a personal link or a poster: if it was redeemed {@link #BURST_REDEMPTIONS}
     * times or more within {@link #BURST_MINUTES} minutes, and no alert was raised for it in the last hour,
     * raises one. The caller's insert of the edge is counted.
     */
    public void burst(long assemblyId, Long linkId, Long posterId) {
        String origin = linkId != null ? "link_id" : "poster_id";
        long originId = linkId != null ? linkId : posterId;
        String recentCount = "select count(*) from invitation_edge where %s = ?1 and joined_at > now() - ?2 * interval '1 minute'".formatted(origin);
        if (SqlValues.count(em.createNativeQuery(recentCount).setParameter(1, originId).setParameter(2, BURST_MINUTES).getSingleResult())
                < BURST_REDEMPTIONS) {
            return;
        }
        // A burst: under a lock per link, so that one alert is raised, not one per racing redemption.
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, (int) 0x42555253).setParameter(2, (int) originId)
                .getSingleResult();
        long recent = SqlValues.count(em.createNativeQuery(recentCount).setParameter(1, originId).setParameter(2, BURST_MINUTES).getSingleResult());
        List<?> raised = em.createNativeQuery("select 1 from invitation_alert where %s = ?1 and created_at > now() - interval '1 hour'"
                .formatted(origin)).setParameter(1, originId).getResultList();
        if (raised.isEmpty()) {
            em.createNativeQuery("""
                    insert into invitation_alert (assembly_id, kind, link_id, poster_id, redemptions, window_minutes)
                    values (?1, 'BURST', ?2, ?3, ?4, ?5)
                    """).setParameter(1, assemblyId).setParameter(2, linkId).setParameter(3, posterId).setParameter(4, (int) recent)
                    .setParameter(5, BURST_MINUTES).executeUpdate();
        }
    }

    private void lockAddress(long scope, Visit visit) {
        int key = java.nio.ByteBuffer.wrap(visit.address()).getInt();
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, (int) scope + 1).setParameter(2, key).getSingleResult();
    }

    private long byAddress(String kind, Visit visit, String window) {
        return SqlValues.count(em.createNativeQuery("""
                select coalesce(sum(units), 0) from invitation_attempt where address_hash = ?1 and kind = ?2 and at > now() - cast(?3 as interval)
                """).setParameter(1, visit.address()).setParameter(2, kind).setParameter(3, window).getSingleResult());
    }

    private void record(String kind, Long participantId, Visit visit, int units) {
        em.createNativeQuery("insert into invitation_attempt (kind, participant_id, address_hash, units) values (?1, ?2, ?3, ?4)")
                .setParameter(1, kind).setParameter(2, participantId).setParameter(3, visit.address()).setParameter(4, units).executeUpdate();
    }
}
