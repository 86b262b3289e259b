package org.agorapolis.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.notices.NoticeKind;
import org.agorapolis.notices.NoticeService;
import org.agorapolis.shared.AuditTrail;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;

/**
 * Flags and the moderators' decisions. A flag is one row per participant and item (the unique
 * key holds it); the item's case counts them under its row lock, and hides the item pending review
 * once the assembly's threshold is reached. A decision applies to the version of the case the
 * moderator saw: of two moderators acting at once, one wins and the other is told.
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class ModerationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    NoticeService notices;

    @Inject
    AuditTrail audit;

    @Inject
    org.agorapolis.assemblies.AssemblyModerators moderators;

    @Inject
    org.agorapolis.invitations.InvitationNetwork network;

    /** What moderators do with a case. */
    public enum Action {
        HIDE, RESTORE, DISMISS
    }

    /** A case in the review queue. */
    public record Case(long id, ItemKind kind, long itemId, Long assemblyId, String assemblyTitle, String authorName, String excerpt,
                       String status, int flags, String reasons, Instant firstFlagAt, Instant lastFlagAt, int version, String hiddenReason,
                       String authorPseudonym) {

        /** The author's place in the assembly's invitation tree, their first level by name; none for a profile. */
        public String getNetworkLink() {
            return assemblyId == null ? null : "/admin/invitations/?assembly=" + assemblyId + "&node=" + authorPseudonym + "&case=" + id;
        }

        public long getId() {
            return id;
        }

        public String getKind() {
            return kind.name();
        }

        public long getItemId() {
            return itemId;
        }

        public Long getAssemblyId() {
            return assemblyId;
        }

        public String getAssemblyTitle() {
            return assemblyTitle;
        }

        public String getAuthorName() {
            return authorName;
        }

        public String getExcerpt() {
            return excerpt;
        }

        public String getStatus() {
            return status;
        }

        public int getFlags() {
            return flags;
        }

        public String getReasons() {
            return reasons;
        }

        public Instant getFirstFlagAt() {
            return firstFlagAt;
        }

        public Instant getLastFlagAt() {
            return lastFlagAt;
        }

        public int getVersion() {
            return version;
        }

        public String getHiddenReason() {
            return hiddenReason;
        }

        /** Where the item stands in its assembly's pages. */
        public String getLink() {
            return switch (kind) {
                case PROPOSAL -> "/proposals/view.xhtml?id=" + itemId;
                case COMMENT -> "/assemblies/view.xhtml?id=" + assemblyId + "#comment-" + itemId;
                case PARTICIPANT -> "/participants/view.xhtml?id=" + itemId;
            };
        }
    }

    /** Filters of the review queue; null means any. */
    public record Filter(Long assemblyId, FlagReason reason, String status) {
    }

    /** Columns the queue sorts by. */
    public enum Sort {
        LAST_FLAG("c.last_flag_at"), FIRST_FLAG("c.first_flag_at"), FLAGS("c.flags"), STATUS("c.status");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /**
     * Flags an item the viewer can see. Refused, with its reason: not signed in, own item, already
     * flagged by them, already hidden, "other" without an explanation.
     *
     * @return whether this flag hid the item pending review
     */
    public boolean flag(Viewer viewer, ItemKind kind, long itemId, FlagReason reason, String details) {
        long me = viewer.participantId().orElseThrow(() -> new NotAllowedException("assembly.signInFirst"));
        Object[] item = item(kind, itemId);
        Long assemblyId = SqlValues.optionalLong(item[0]);
        long author = SqlValues.count(item[1]);
        if (assemblyId != null) {
            assemblies.get(viewer, assemblyId);
        }
        String text = Text.clean(details);
        FlagPolicy.flag(me, author, Optional.ofNullable((String) item[2]), reason, text).orRefuse();
        em.createNativeQuery("""
                insert into moderation_case (item_kind, item_id, assembly_id, author_id) values (?1, ?2, ?3, ?4)
                on conflict (item_kind, item_id) do nothing
                """).setParameter(1, kind.name()).setParameter(2, itemId).setParameter(3, assemblyId).setParameter(4, author).executeUpdate();
        Object[] flagged = (Object[]) em.createNativeQuery("""
                select c.id, c.decided_at is not null, coalesce(a.flag_threshold, (select profile_flag_threshold from town), 3)
                from moderation_case c left join assembly a on a.id = c.assembly_id
                where c.item_kind = ?1 and c.item_id = ?2 for update of c
                """).setParameter(1, kind.name()).setParameter(2, itemId).getSingleResult();
        long caseId = SqlValues.count(flagged[0]);
        int added = em.createNativeQuery("insert into flag (case_id, flagger_id, reason, details) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caseId).setParameter(2, me).setParameter(3, reason.name()).setParameter(4, text).executeUpdate();
        if (added == 0) {
            throw new NotAllowedException("moderation.flag.already");
        }
        int flags = ((Number) em.createNativeQuery("""
                update moderation_case set flags = flags + 1, last_flag_at = now(),
                       status = case when status in ('DISMISSED', 'RESTORED') then 'OPEN' else status end
                where id = ?1 returning flags
                """).setParameter(1, caseId).getSingleResult()).intValue();
        if (FlagPolicy.hidesPendingReview(flags, ((Number) flagged[2]).intValue(), (Boolean) flagged[1])) {
            return em.createNativeQuery("update " + kind.table() + " set hidden_reason = 'PENDING' where id = ?1 and hidden_reason is null")
                    .setParameter(1, itemId).executeUpdate() > 0;
        }
        return false;
    }

    /** {assembly (none for a profile), author, hidden reason} of an item, or not found. */
    private Object[] item(ItemKind kind, long itemId) {
        String sql = switch (kind) {
            case COMMENT -> "select assembly_id, author_id, hidden_reason from comment where id = ?1 and deleted_at is null";
            case PROPOSAL -> "select assembly_id, author_id, hidden_reason from proposal where id = ?1 and status <> 'WITHDRAWN'";
            case PARTICIPANT -> "select cast(null as bigint), id, hidden_reason from participant where id = ?1";
        };
        List<?> rows = em.createNativeQuery(sql).setParameter(1, itemId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("moderation.item.notFound");
        }
        return (Object[]) rows.get(0);
    }

    /**
     * The review queue, filtered and sorted, a page at a time: every assembly's cases for the town's
     * moderators, only their assemblies' for moderators appointed to some.
     */
    public PageOf<Case> queue(Viewer moderator, Filter filter, Sort sort, boolean descending, int first, int size) {
        if (!moderators.moderatesAny(moderator)) {
            throw new NotAllowedException("admin.notYourAssembly");
        }
        String scope = moderators.scope(moderator).map(ids -> ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .orElse(null);
        String where = """
                where (cast(?1 as bigint) is null or c.assembly_id = cast(?1 as bigint))
                  and (cast(?2 as varchar) is null or exists (select 1 from flag f where f.case_id = c.id and f.reason = cast(?2 as varchar)))
                  and (cast(?3 as varchar) is null or c.status = cast(?3 as varchar))
                  and (cast(?4 as varchar) is null or c.assembly_id = any(string_to_array(cast(?4 as varchar), ',')::bigint[]))
                """;
        long total = SqlValues.count(em.createNativeQuery("select count(*) from moderation_case c " + where)
                .setParameter(1, filter.assemblyId()).setParameter(2, filter.reason() == null ? null : filter.reason().name())
                .setParameter(3, filter.status()).setParameter(4, scope).getSingleResult());
        int pageSize = Math.max(1, Math.min(size, 100));
        List<Case> cases = ((List<?>) em.createNativeQuery("""
                select c.id, c.item_kind, c.item_id, c.assembly_id, a.title, p.display_name, c.author_id,
                       left(coalesce(pr.title || ' — ' || pr.body, co.body, pa.display_name || ' — ' || pa.about), 200), c.status, c.flags,
                       (select string_agg(r.reason || ' ×' || r.n, ', ' order by r.n desc, r.reason)
                        from (select reason, count(*) n from flag where case_id = c.id group by reason) r),
                       c.first_flag_at, c.last_flag_at, c.version, coalesce(pr.hidden_reason, co.hidden_reason, pa.hidden_reason)
                from moderation_case c left join assembly a on a.id = c.assembly_id join participant p on p.id = c.author_id
                left join proposal pr on c.item_kind = 'PROPOSAL' and pr.id = c.item_id
                left join comment co on c.item_kind = 'COMMENT' and co.id = c.item_id
                left join participant pa on c.item_kind = 'PARTICIPANT' and pa.id = c.item_id
                """ + where + " order by " + sort.column + (descending ? " desc" : " asc") + ", c.id desc")
                .setParameter(1, filter.assemblyId()).setParameter(2, filter.reason() == null ? null : filter.reason().name())
                .setParameter(3, filter.status()).setParameter(4, scope).setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Case(SqlValues.count(r[0]), ItemKind.valueOf((String) r[1]), SqlValues.count(r[2]), SqlValues.optionalLong(r[3]),
                        (String) r[4], (String) r[5], (String) r[7], (String) r[8], ((Number) r[9]).intValue(), (String) r[10],
                        SqlValues.instant(r[11]), SqlValues.instant(r[12]), ((Number) r[13]).intValue(), (String) r[14],
                        r[3] == null ? null : network.pseudonym(SqlValues.count(r[3]), SqlValues.count(r[6]))))
                .toList();
        return new PageOf<>(cases, total, first / pageSize + 1, pageSize);
    }

    /**
     * A moderator's decision on the version of the case they saw. Hide (with the public reason),
     * restore, or dismiss the flags (the item stays or becomes visible). The author is told in the
     * app when their item is hidden or restored; every decision is in the audit trail.
     */
    public void decide(Viewer moderator, long caseId, int seenVersion, Action action, FlagReason publicReason) {
        if (action == Action.HIDE && publicReason == null) {
            throw new NotAllowedException("moderation.decide.reasonMissing");
        }
        List<?> found = em.createNativeQuery("select item_kind, item_id, assembly_id, author_id, status from moderation_case where id = ?1")
                .setParameter(1, caseId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("moderation.case.notFound");
        }
        Object[] c = (Object[]) found.get(0);
        requireScope(moderator, SqlValues.optionalLong(c[2]));
        ItemKind kind = ItemKind.valueOf((String) c[0]);
        long itemId = SqlValues.count(c[1]);
        String before = (String) c[4];
        String after = switch (action) {
            case HIDE -> "HIDDEN";
            case RESTORE -> "RESTORED";
            case DISMISS -> "DISMISSED";
        };
        if (action == Action.HIDE && "HIDDEN".equals(before)) {
            throw new NotAllowedException("moderation.decide.alreadyHidden");
        }
        int decided = em.createNativeQuery("""
                update moderation_case set status = ?3, decided_by = ?4, decided_at = now(), version = version + 1
                where id = ?1 and version = ?2
                """).setParameter(1, caseId).setParameter(2, seenVersion).setParameter(3, after)
                .setParameter(4, moderator.participantId().orElseThrow()).executeUpdate();
        if (decided == 0) {
            throw new NotAllowedException("moderation.decide.changed");
        }
        String hidden = action == Action.HIDE ? publicReason.name() : null;
        String wasHidden = (String) em.createNativeQuery("select hidden_reason from " + kind.table() + " where id = ?1").setParameter(1, itemId)
                .getSingleResult();
        em.createNativeQuery("update " + kind.table() + " set hidden_reason = ?2 where id = ?1").setParameter(1, itemId).setParameter(2, hidden)
                .executeUpdate();
        Long assemblyId = SqlValues.optionalLong(c[2]);
        long author = SqlValues.count(c[3]);
        boolean profile = kind == ItemKind.PARTICIPANT;
        if (hidden != null) {
            notices.tellInApp(author, profile ? NoticeKind.PROFILE_HIDDEN : NoticeKind.CONTENT_HIDDEN, assemblyId, hidden);
        } else if (wasHidden != null) {
            notices.tellInApp(author, profile ? NoticeKind.PROFILE_RESTORED : NoticeKind.CONTENT_RESTORED, assemblyId, "");
        }
        audit.record(moderator.participantId().orElseThrow(), "moderation." + action.name().toLowerCase(java.util.Locale.ROOT), kind.name(), itemId,
                assemblyId, "{\"status\":\"" + before + "\",\"hidden\":" + quoted(wasHidden) + "}",
                "{\"status\":\"" + after + "\",\"hidden\":" + quoted(hidden) + "}");
    }

    public static final int SUSPENSION_DAYS_MAX = 365;

    /**
     * Warns the author of a flagged item, in the app, with the reason the moderator chose; or
     * suspends them for a number of days (they read, they do not contribute): everywhere when a town
     * moderator decides, in the case's assembly only when one of its own moderators does. Both are
     * audited.
     */
    public void warnOrSuspend(Viewer moderator, long caseId, FlagReason reason, int suspensionDays) {
        if (reason == null) {
            throw new NotAllowedException("moderation.decide.reasonMissing");
        }
        if (suspensionDays < 0 || suspensionDays > SUSPENSION_DAYS_MAX) {
            throw new org.agorapolis.shared.InvalidInputException("moderation.suspend.range", 1, SUSPENSION_DAYS_MAX);
        }
        List<?> found = em.createNativeQuery("select author_id, assembly_id from moderation_case where id = ?1").setParameter(1, caseId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("moderation.case.notFound");
        }
        Object[] c = (Object[]) found.get(0);
        long author = SqlValues.count(c[0]);
        Long assemblyId = SqlValues.optionalLong(c[1]);
        requireScope(moderator, assemblyId);
        long me = moderator.participantId().orElseThrow();
        if (suspensionDays == 0) {
            notices.tellInApp(author, NoticeKind.WARNED, assemblyId, reason.name());
            audit.record(me, "moderation.warn", "PARTICIPANT", author, assemblyId, null, "{\"reason\":\"" + reason.name() + "\"}");
            return;
        }
        Instant until = Instant.now().plus(java.time.Duration.ofDays(suspensionDays));
        boolean everywhere = moderator.canModerate();
        em.createNativeQuery("insert into suspension (participant_id, ends_at, reason, created_by, assembly_id) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, author).setParameter(2, until).setParameter(3, reason.name()).setParameter(4, me)
                .setParameter(5, everywhere ? null : assemblyId).executeUpdate();
        notices.tellInApp(author, everywhere ? NoticeKind.SUSPENDED : NoticeKind.SUSPENDED_HERE, assemblyId, reason.name() + ":" + suspensionDays);
        audit.record(me, "moderation.suspend", "PARTICIPANT", author, assemblyId, null,
                "{\"reason\":\"" + reason.name() + "\",\"days\":" + suspensionDays + ",\"everywhere\":" + everywhere + "}");
    }

    @Inject
    org.agorapolis.participants.IdentityAccounts accounts;

    /** A ban in force, as the town's moderators list them. */
    public record Ban(long id, long participantId, String displayName, FlagReason reason, Instant since, String bannedBy) {

        public long getId() {
            return id;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getReason() {
            return reason.name();
        }

        public java.util.Date getSince() {
            return java.util.Date.from(since);
        }

        public String getBannedBy() {
            return bannedBy;
        }
    }

    /**
     * Bans the author of a reported item: their account is disabled at the identity provider (they
     * can no longer sign in, and their sign-in sessions end) and, even with a page still open, they
     * contribute nowhere. For the town's moderators and administrators only. One ban in force per
     * person, held by a unique index: of two moderators banning at once, the second is told. If the
     * identity provider does not answer, nothing is recorded.
     */
    public void ban(Viewer moderator, long caseId, FlagReason reason) {
        moderators.requireTownModerator(moderator);
        if (reason == null) {
            throw new NotAllowedException("moderation.decide.reasonMissing");
        }
        List<?> found = em.createNativeQuery("""
                select c.author_id, c.assembly_id, p.subject from moderation_case c join participant p on p.id = c.author_id where c.id = ?1
                """).setParameter(1, caseId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("moderation.case.notFound");
        }
        Object[] c = (Object[]) found.get(0);
        long author = SqlValues.count(c[0]);
        long me = moderator.participantId().orElseThrow();
        if (author == me) {
            throw new NotAllowedException("moderation.ban.self");
        }
        int banned = em.createNativeQuery("""
                insert into ban (participant_id, reason, created_by) values (?1, ?2, ?3) on conflict do nothing
                """).setParameter(1, author).setParameter(2, reason.name()).setParameter(3, me).executeUpdate();
        if (banned == 0) {
            throw new NotAllowedException("moderation.ban.already");
        }
        audit.record(me, "moderation.ban", "PARTICIPANT", author, SqlValues.optionalLong(c[1]), "{\"banned\":false}",
                "{\"banned\":true,\"reason\":\"" + reason.name() + "\"}");
        // Last, once everything else is written: if the identity provider refuses, the whole ban rolls back.
        try {
            accounts.disable((String) c[2]);
        } catch (org.agorapolis.participants.IdentityAccounts.Unavailable unavailable) {
            throw new NotAllowedException("moderation.ban.unavailable");
        }
    }

    /** Lifts a ban: the account is enabled again at the identity provider. */
    public void lift(Viewer moderator, long banId) {
        moderators.requireTownModerator(moderator);
        long me = moderator.participantId().orElseThrow();
        List<?> lifted = em.createNativeQuery("""
                update ban b set lifted_at = now(), lifted_by = ?2 from participant p
                where b.id = ?1 and b.lifted_at is null and p.id = b.participant_id returning b.participant_id, p.subject
                """).setParameter(1, banId).setParameter(2, me).getResultList();
        if (lifted.isEmpty()) {
            throw new NotAllowedException("moderation.ban.notInForce");
        }
        Object[] row = (Object[]) lifted.get(0);
        audit.record(me, "moderation.unban", "PARTICIPANT", SqlValues.count(row[0]), null, "{\"banned\":true}", "{\"banned\":false}");
        try {
            accounts.enable((String) row[1]);
        } catch (org.agorapolis.participants.IdentityAccounts.Unavailable unavailable) {
            throw new NotAllowedException("moderation.ban.unavailable");
        }
    }

    /** The bans in force, latest first (the town's moderators only). */
    public List<Ban> bans(Viewer moderator) {
        moderators.requireTownModerator(moderator);
        return ((List<?>) em.createNativeQuery("""
                select b.id, b.participant_id, p.display_name, b.reason, b.created_at, m.display_name
                from ban b join participant p on p.id = b.participant_id join participant m on m.id = b.created_by
                where b.lifted_at is null order by b.created_at desc, b.id desc limit 200
                """).getResultList()).stream().map(Object[].class::cast)
                .map(r -> new Ban(SqlValues.count(r[0]), SqlValues.count(r[1]), (String) r[2], FlagReason.valueOf((String) r[3]),
                        SqlValues.instant(r[4]), (String) r[5]))
                .toList();
    }

    /** A case in an assembly is for its moderators; a profile's case, for the town's. */
    private void requireScope(Viewer moderator, Long assemblyId) {
        if (assemblyId == null) {
            moderators.requireTownModerator(moderator);
        } else {
            moderators.require(moderator, assemblyId);
        }
    }

    private static String quoted(String code) {
        return code == null ? "null" : "\"" + code + "\"";
    }
}
