package org.agorapolis.invitations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.notices.NoticeKind;
import org.agorapolis.notices.NoticeService;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;

/**
 * Quotas, personal links and redemptions. A redemption is one transaction: the inviter's quota
 * loses a unit with an atomic {@code update ... where remaining > 0}, the invitee becomes a member
 * one generation below the inviter, and the edge inviter → invitee is recorded (the first
 * redemption counts: one edge per invitee and assembly).
 */
@Stateless
public class InvitationService {

    /** Links and coupons expire after this long, unless the town set another number of days. */
    public static final Duration LINK_LIFETIME = Duration.ofDays(30);
    public static final int MESSAGE_MAX = 280;

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    InvitationTokens tokens;

    @Inject
    NoticeService notices;

    @Inject
    InvitationGuard guard;

    /** A member's invitations in one assembly. */
    public record Mine(long assemblyId, String assemblyTitle, int remaining, int used, int cap, Optional<String> token, String message,
                       Instant expiresAt, List<Invitee> invitees) {

        public int getCap() {
            return cap;
        }

        public int getRemaining() {
            return remaining;
        }

        public int getUsed() {
            return used;
        }

        public String getMessage() {
            return message;
        }

        public List<Invitee> getInvitees() {
            return invitees;
        }

        public boolean isHasLink() {
            return token.isPresent();
        }
    }

    /**
     * Someone a member invited: their name (direct invitees only), when they joined and first
     * contributed, and how many people their branch brought in after them (counts only beyond the
     * first level: the member sees no names there).
     */
    public record Invitee(String name, Instant joinedAt, Instant firstContributionAt, long invitedInTurn) {

        public Instant getFirstContributionAt() {
            return firstContributionAt;
        }


        public String getName() {
            return name;
        }

        public Instant getJoinedAt() {
            return joinedAt;
        }

        public long getInvitedInTurn() {
            return invitedInTurn;
        }
    }

    /**
     * What the landing page of a valid invitation shows. For a poster, {@code inviterName} is the
     * place's name and {@code message} its address.
     */
    public record Preview(long assemblyId, String assemblyTitle, String assemblySummary, LocalDate votingOn, String inviterName,
                          String message, Optional<Instant> nextMeeting, Optional<String> nextMeetingPlace, boolean fromPoster) {
    }

    public Mine mine(Viewer viewer, long assemblyId) {
        Assembly assembly = requireInviter(viewer, assemblyId);
        long me = viewer.participantId().orElseThrow();
        ensureQuota(assemblyId, me);
        Object[] quota = (Object[]) em.createNativeQuery("select remaining, used from invitation_quota where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, me).getSingleResult();
        List<?> link = em.createNativeQuery("select nonce, message, expires_at from invitation_link where assembly_id = ?1 and inviter_id = ?2 and revoked_at is null")
                .setParameter(1, assemblyId).setParameter(2, me).getResultList();
        Optional<String> token = Optional.empty();
        String message = "";
        Instant expires = null;
        if (!link.isEmpty()) {
            Object[] row = (Object[]) link.get(0);
            token = Optional.of(tokens.token((byte[]) row[0]));
            message = (String) row[1];
            expires = SqlValues.instant(row[2]);
        }
        List<Invitee> invitees = ((List<?>) em.createNativeQuery("""
                with recursive branch (root, invitee) as (
                    select e.invitee_id, e.invitee_id from invitation_edge e where e.assembly_id = ?1 and e.inviter_id = ?2
                    union all
                    select b.root, n.invitee_id from branch b join invitation_edge n on n.assembly_id = ?1 and n.inviter_id = b.invitee)
                select p.display_name, e.joined_at, e.first_contribution_at,
                       (select count(*) - 1 from branch b where b.root = e.invitee_id)
                from invitation_edge e join participant p on p.id = e.invitee_id
                where e.assembly_id = ?1 and e.inviter_id = ?2 order by e.joined_at desc
                """).setParameter(1, assemblyId).setParameter(2, me).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Invitee((String) r[0], SqlValues.instant(r[1]), SqlValues.instant(r[2]), ((Number) r[3]).longValue()))
                .toList();
        int cap = ((Number) em.createNativeQuery("select quota_cap from assembly where id = ?1").setParameter(1, assemblyId)
                .getSingleResult()).intValue();
        return new Mine(assemblyId, assembly.getTitle(), ((Number) quota[0]).intValue(), ((Number) quota[1]).intValue(), cap,
                token, message, expires, invitees);
    }

    /** Creates the member's personal link, or a new one replacing the old (which stops working). */
    public void issueLink(Viewer viewer, long assemblyId, String message, Visit visit) {
        requireInviter(viewer, assemblyId);
        guard.seen(viewer.participantId().orElseThrow(), visit);
        String text = Text.clean(message);
        if (text.length() > MESSAGE_MAX) {
            throw new InvalidInputException("invitation.message.tooLong", MESSAGE_MAX);
        }
        long me = viewer.participantId().orElseThrow();
        em.createNativeQuery("update invitation_link set revoked_at = now() where assembly_id = ?1 and inviter_id = ?2 and revoked_at is null")
                .setParameter(1, assemblyId).setParameter(2, me).executeUpdate();
        byte[] nonce = InvitationTokens.newNonce();
        em.createNativeQuery("""
                insert into invitation_link (assembly_id, inviter_id, nonce, token_hash, message, expires_at)
                values (?1, ?2, ?3, ?4, ?5, now() + make_interval(days => coalesce((select invitation_days from town where id = 1), ?6)))
                """).setParameter(1, assemblyId).setParameter(2, me).setParameter(3, nonce)
                .setParameter(4, InvitationTokens.hash(tokens.token(nonce)).orElseThrow()).setParameter(5, text)
                .setParameter(6, (int) LINK_LIFETIME.toDays()).executeUpdate();
    }

    /** At most this many coupons printed at once. */
    public static final int COUPONS_AT_ONCE = 10;

    /** A printed coupon not used yet: its link token and the short code to type. */
    public record Coupon(long id, String token, String code, Instant expiresAt) {

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        /** The code in two groups of five, as printed. */
        public String getPrintedCode() {
            return code.substring(0, 5) + "-" + code.substring(5);
        }
    }

    /** Prints coupons: each takes one invitation of the member's quota now, all at once or none. */
    public void printCoupons(Viewer viewer, long assemblyId, int count, Visit visit) {
        requireInviter(viewer, assemblyId);
        if (count < 1 || count > COUPONS_AT_ONCE) {
            throw new InvalidInputException("invitation.coupons.range", 1, COUPONS_AT_ONCE);
        }
        long me = viewer.participantId().orElseThrow();
        guard.coupons(me, visit, count);
        guard.seen(me, visit);
        ensureQuota(assemblyId, me);
        int reserved = em.createNativeQuery("""
                update invitation_quota set remaining = remaining - ?3, used = used + ?3
                where assembly_id = ?1 and participant_id = ?2 and remaining >= ?3
                """).setParameter(1, assemblyId).setParameter(2, me).setParameter(3, count).executeUpdate();
        if (reserved == 0) {
            throw new NotAllowedException("invitation.coupons.notEnough");
        }
        for (int i = 0; i < count; i++) {
            byte[] nonce = InvitationTokens.newNonce();
            em.createNativeQuery("""
                    insert into invitation_coupon (assembly_id, inviter_id, nonce, token_hash, code_hash, expires_at)
                    values (?1, ?2, ?3, ?4, ?5, now() + make_interval(days => coalesce((select invitation_days from town where id = 1), ?6)))
                    """).setParameter(1, assemblyId).setParameter(2, me).setParameter(3, nonce)
                    .setParameter(4, InvitationTokens.hash(tokens.token(nonce)).orElseThrow())
                    .setParameter(5, InvitationTokens.codeHash(tokens.code(nonce)))
                    .setParameter(6, (int) LINK_LIFETIME.toDays()).executeUpdate();
        }
    }

    /** The member's coupons that can still be used. */
    public List<Coupon> coupons(Viewer viewer, long assemblyId) {
        requireInviter(viewer, assemblyId);
        return ((List<?>) em.createNativeQuery("""
                select id, nonce, expires_at from invitation_coupon
                where assembly_id = ?1 and inviter_id = ?2 and redeemed_at is null and revoked_at is null and expires_at > now()
                order by id
                """).setParameter(1, assemblyId).setParameter(2, viewer.participantId().orElseThrow()).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Coupon(((Number) r[0]).longValue(), tokens.token((byte[]) r[1]), tokens.code((byte[]) r[1]), SqlValues.instant(r[2])))
                .toList();
    }

    /** Revokes an unused coupon of the member's; its invitation comes back to their quota. */
    public void revokeCoupon(Viewer viewer, long couponId) {
        long me = viewer.participantId().orElseThrow(() -> new NotAllowedException("assembly.signInFirst"));
        List<?> revoked = em.createNativeQuery("""
                update invitation_coupon set revoked_at = now()
                where id = ?1 and inviter_id = ?2 and redeemed_at is null and revoked_at is null returning assembly_id
                """).setParameter(1, couponId).setParameter(2, me).getResultList();
        if (revoked.isEmpty()) {
            throw new NotAllowedException("invitation.coupons.notRevocable");
        }
        em.createNativeQuery("update invitation_quota set remaining = remaining + 1, used = used - 1 where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, ((Number) revoked.get(0)).longValue()).setParameter(2, me).executeUpdate();
    }

    /** The token of the coupon whose short code was typed, if it is one and can still be used. */
    public Optional<String> tokenForCode(String typed) {
        return InvitationTokens.normaliseCode(typed).flatMap(code -> ((List<?>) em.createNativeQuery("""
                select nonce from invitation_coupon where code_hash = ?1 and redeemed_at is null and revoked_at is null and expires_at > now()
                """).setParameter(1, InvitationTokens.codeHash(code)).getResultList()).stream()
                .map(nonce -> tokens.token((byte[]) nonce)).findFirst());
    }

    /**
     * Counts the opening of a live link (once per visit, the caller sees to it): posters keep their
     * number of scans, and every opening counts in the day's openings of its assembly and channel —
     * a coupon's as COUPON, a poster's as POSTER, a personal link's as the channel it carries.
     * Unknown, expired or revoked tokens count nowhere.
     */
    public void opened(String token, Channel channel) {
        InvitationTokens.hash(token).ifPresent(hash -> {
            em.createNativeQuery("update poster set scans = scans + 1 where token_hash = ?1 and retired_at is null").setParameter(1, hash).executeUpdate();
            em.createNativeQuery("""
                    with live as (
                        select assembly_id, cast(?2 as varchar) as channel from invitation_link where token_hash = ?1 and revoked_at is null and expires_at > now()
                        union all
                        select assembly_id, 'COUPON' from invitation_coupon where token_hash = ?1 and revoked_at is null and redeemed_at is null and expires_at > now()
                        union all
                        select assembly_id, 'POSTER' from poster where token_hash = ?1 and retired_at is null)
                    insert into invitation_opening (day, assembly_id, channel, openings)
                    select (now() at time zone ?3)::date, assembly_id, channel, 1 from live limit 1
                    on conflict (day, assembly_id, channel) do update set openings = invitation_opening.openings + 1
                    """).setParameter(1, hash).setParameter(2, channel == Channel.COUPON || channel == Channel.POSTER ? Channel.LINK.name() : channel.name())
                    .setParameter(3, org.agorapolis.town.Town.ZONE.getId()).executeUpdate();
        });
    }

    /** The landing page's content, or empty for an unknown, expired or revoked link — the same answer, so tokens cannot be probed. */
    public Optional<Preview> preview(String token) {
        return liveLink(token).map(link -> {
            List<?> meeting = em.createNativeQuery("select starts_at, place from meeting where assembly_id = ?1 and starts_at > now() order by starts_at limit 1")
                    .setParameter(1, link.assemblyId()).getResultList();
            Object[] next = meeting.isEmpty() ? null : (Object[]) meeting.get(0);
            return new Preview(link.assemblyId(), link.assemblyTitle(), link.assemblySummary(), link.votingOn(), link.inviterName(),
                    link.message(), next == null ? Optional.empty() : Optional.of(SqlValues.instant(next[0])),
                    next == null ? Optional.empty() : Optional.of((String) next[1]), link.isPoster());
        });
    }

    /**
     * Brings the signed-in person into the assembly through the link. Every refusal names its
     * reason and changes nothing.
     *
     * @return the assembly joined
     */
    public long redeem(Viewer viewer, String token, Channel channel, Instant openedAt, Visit visit) {
        if (!viewer.isSignedIn()) {
            throw new NotAllowedException("assembly.signInFirst");
        }
        long me = viewer.participantId().orElseThrow();
        Link link = liveLink(token).orElseThrow(() -> new NotAllowedException("invitation.invalid"));
        if (!"OPEN".equals(link.phase()) && !"VOTING".equals(link.phase())) {
            throw new NotAllowedException("invitation.assemblyNotJoinable");
        }
        if (link.inviterId() != null && link.inviterId() == me) {
            throw new NotAllowedException("invitation.ownLink");
        }
        // Where the person and the inviter stand in this assembly, in one round trip.
        Object[] standing = (Object[]) em.createNativeQuery("""
                select exists (select 1 from membership where assembly_id = ?1 and participant_id = ?2),
                       e.generation, e.inviter_id, e.id is not null,
                       (select generation from membership where assembly_id = ?1 and participant_id = ?3)
                from (select 1) one left join invitation_edge e on e.assembly_id = ?1 and e.invitee_id = ?2
                """).setParameter(1, link.assemblyId()).setParameter(2, me).setParameter(3, link.inviterId() == null ? -1L : link.inviterId())
                .getSingleResult();
        if ((Boolean) standing[0]) {
            throw new NotAllowedException("invitation.alreadyMember");
        }
        if ((Boolean) standing[3]) {
            // Brought in before, then left: back in at the same place of the tree, no unit used.
            join(link.assemblyId(), me, ((Number) standing[1]).intValue(), SqlValues.optionalLong(standing[2]));
            guard.redemption(me, visit);
            return link.assemblyId();
        }
        if (!link.isPoster() && standing[4] == null) {
            // The inviter has left the assembly: their link leads nowhere.
            throw new NotAllowedException("invitation.invalid");
        }
        int generation = link.isPoster() ? 1 : ((Number) standing[4]).intValue() + 1;
        if (link.couponId() != null) {
            // A coupon took its unit when it was printed; it is used once, by whoever claims it first.
            int claimed = em.createNativeQuery("""
                    update invitation_coupon set redeemed_by = ?2, redeemed_at = now()
                    where id = ?1 and redeemed_at is null and revoked_at is null and expires_at > now()
                    """).setParameter(1, link.couponId()).setParameter(2, me).executeUpdate();
            if (claimed == 0) {
                throw new NotAllowedException("invitation.invalid");
            }
        } else if (!link.isPoster()) {
            // The unit is taken atomically: a first quota row starts from the assembly's default, an existing one
            // loses a unit only while it has one.
            int taken = em.createNativeQuery("""
                    insert into invitation_quota (assembly_id, participant_id, remaining, used)
                    select a.id, ?2, a.default_quota - 1, 1 from assembly a where a.id = ?1 and a.default_quota > 0
                    on conflict (assembly_id, participant_id)
                    do update set remaining = invitation_quota.remaining - 1, used = invitation_quota.used + 1
                    where invitation_quota.remaining > 0
                    """).setParameter(1, link.assemblyId()).setParameter(2, link.inviterId()).executeUpdate();
            if (taken == 0) {
                throw new NotAllowedException(link.isPublic() ? "invitation.quotaUsedUpPublic" : "invitation.quotaUsedUp");
            }
        }
        int joined = join(link.assemblyId(), me, generation, link.inviterId());
        Channel recordedChannel = link.isPoster() ? Channel.POSTER : link.couponId() != null ? Channel.COUPON : channel;
        Long linkId = link.couponId() == null && !link.isPoster() ? link.id() : null;
        // Flags, not blocks: accepted from a device or an address the inviter used in the last 30 days.
        int recorded = em.createNativeQuery("""
                insert into invitation_edge (assembly_id, inviter_id, invitee_id, link_id, coupon_id, poster_id, channel, generation, opened_at,
                                             same_device, same_address)
                select cast(?1 as bigint), cast(?2 as bigint), cast(?3 as bigint), cast(?4 as bigint), cast(?5 as bigint), cast(?6 as bigint),
                       cast(?7 as varchar), cast(?8 as integer), cast(?9 as timestamptz),
                       coalesce(bool_or(d.device_hash = ?10), false), coalesce(bool_or(d.address_hash = ?11), false)
                from (select 1) one left join participant_device d on d.participant_id = cast(?2 as bigint) and d.last_seen_at > now() - interval '30 days'
                on conflict do nothing
                """).setParameter(1, link.assemblyId()).setParameter(2, link.inviterId()).setParameter(3, me)
                .setParameter(4, linkId).setParameter(5, link.couponId())
                .setParameter(6, link.posterId()).setParameter(7, recordedChannel.name())
                .setParameter(8, generation).setParameter(9, openedAt).setParameter(10, visit.device()).setParameter(11, visit.address())
                .executeUpdate();
        if (joined == 0 || recorded == 0) {
            // The same person redeemed twice at the same moment: the other redemption counts.
            throw new NotAllowedException("invitation.alreadyMember");
        }
        // Past the limits, everything above is rolled back.
        guard.redemption(me, visit);
        if (link.couponId() == null) {
            guard.burst(link.assemblyId(), linkId, link.posterId());
        }
        if (link.inviterId() != null) {
            notices.tell(link.inviterId(), NoticeKind.INVITEE_JOINED, link.assemblyId(), me);
        }
        return link.assemblyId();
    }

    /**
     * The invitee's first contribution in the assembly: stamped on their edge once (the row lock
     * of the update makes "once" hold under concurrency), and their inviter earns one invitation
     * back, as long as used and remaining together stay within the assembly's cap.
     *
     * @return whether the inviter earned an invitation
     */
    // Called after the contribution's transaction has committed: it needs a transaction of its own.
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFirstContribution(long assemblyId, long inviteeId) {
        List<?> first = em.createNativeQuery("""
                update invitation_edge set first_contribution_at = now()
                where assembly_id = ?1 and invitee_id = ?2 and first_contribution_at is null
                returning inviter_id
                """).setParameter(1, assemblyId).setParameter(2, inviteeId).getResultList();
        if (first.isEmpty() || first.get(0) == null) {
            // Not invited, already counted, or arrived through a poster (no inviter to tell or reward).
            return false;
        }
        long inviter = ((Number) first.get(0)).longValue();
        notices.tell(inviter, NoticeKind.INVITEE_CONTRIBUTED, assemblyId, inviteeId);
        return em.createNativeQuery("""
                update invitation_quota q set remaining = q.remaining + 1
                from assembly a
                where q.assembly_id = ?1 and q.participant_id = ?2 and a.id = q.assembly_id and q.remaining + q.used < a.quota_cap
                """).setParameter(1, assemblyId).setParameter(2, inviter).executeUpdate() > 0;
    }

    private int join(long assemblyId, long participantId, int generation, Long invitedBy) {
        return em.createNativeQuery("""
                insert into membership (assembly_id, participant_id, generation, invited_by) values (?1, ?2, ?3, ?4)
                on conflict do nothing
                """).setParameter(1, assemblyId).setParameter(2, participantId).setParameter(3, generation)
                .setParameter(4, invitedBy).executeUpdate();
    }

    /**
     * A live personal link, coupon or poster: {@code couponId} is set for coupons; a poster has a
     * {@code posterId} and a place instead of an inviter.
     */
    private record Link(long id, long assemblyId, Long inviterId, String phase, boolean isPublic, String assemblyTitle,
                        String assemblySummary, LocalDate votingOn, String inviterName, String message, Long couponId, Long posterId) {

        boolean isPoster() {
            return posterId != null;
        }
    }

    private Optional<Link> liveLink(String token) {
        Optional<byte[]> hash = InvitationTokens.hash(token);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                select l.id, l.assembly_id, l.inviter_id, a.phase, a.visibility, a.title, a.summary, a.voting_on,
                       case when p.hidden_reason is null then p.display_name else '' end, l.message,
                       null::bigint, null::bigint
                from invitation_link l join assembly a on a.id = l.assembly_id join participant p on p.id = l.inviter_id
                where l.token_hash = ?1 and l.revoked_at is null and l.expires_at > now() and a.phase <> 'DRAFT'
                union all
                select c.id, c.assembly_id, c.inviter_id, a.phase, a.visibility, a.title, a.summary, a.voting_on,
                       case when p.hidden_reason is null then p.display_name else '' end,
                       coalesce((select l.message from invitation_link l where l.assembly_id = c.assembly_id and l.inviter_id = c.inviter_id
                                 and l.revoked_at is null), ''), c.id, null::bigint
                from invitation_coupon c join assembly a on a.id = c.assembly_id join participant p on p.id = c.inviter_id
                where c.token_hash = ?1 and c.revoked_at is null and c.redeemed_at is null and c.expires_at > now() and a.phase <> 'DRAFT'
                union all
                select s.id, s.assembly_id, null::bigint, a.phase, a.visibility, a.title, a.summary, a.voting_on, s.name, s.address,
                       null::bigint, s.id
                from poster s join assembly a on a.id = s.assembly_id
                where s.token_hash = ?1 and s.retired_at is null and a.phase <> 'DRAFT'
                """).setParameter(1, hash.get()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Link(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SqlValues.optionalLong(r[2]),
                (String) r[3], "PUBLIC".equals(r[4]), (String) r[5], (String) r[6], SqlValues.localDate(r[7]), (String) r[8], (String) r[9],
                SqlValues.optionalLong(r[10]), SqlValues.optionalLong(r[11])));
    }

    /** Members invite while the assembly is open or voting. */
    private Assembly requireInviter(Viewer viewer, long assemblyId) {
        Assembly assembly = assemblies.get(viewer, assemblyId);
        if (!assemblies.isMember(viewer, assemblyId)) {
            throw new NotAllowedException(viewer.isSignedIn() ? "assembly.membersOnly" : "assembly.signInFirst");
        }
        if (!assembly.isOpenForDebate()) {
            throw new NotAllowedException("invitation.assemblyNotJoinable");
        }
        return assembly;
    }

    private void ensureQuota(long assemblyId, long participantId) {
        em.createNativeQuery("""
                insert into invitation_quota (assembly_id, participant_id, remaining)
                select m.assembly_id, m.participant_id, a.default_quota from membership m join assembly a on a.id = m.assembly_id
                where m.assembly_id = ?1 and m.participant_id = ?2
                on conflict do nothing
                """).setParameter(1, assemblyId).setParameter(2, participantId).executeUpdate();
    }



}
