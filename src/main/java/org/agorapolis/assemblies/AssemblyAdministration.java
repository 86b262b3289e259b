package org.agorapolis.assemblies;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.town.Neighbourhood;

/**
 * Moderators and administrators set assemblies up: create, revise, and move them from phase to
 * phase by hand. Once published, assemblies also move on by their dates ({@link AssemblyCalendar}).
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class AssemblyAdministration {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.agorapolis.participants.ParticipantService participants;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.agorapolis.shared.AssemblyClosed> closings;

    /** A new assembly in draft, invisible to residents until it is opened. */
    public long create(AssemblySetup setup) {
        moderators.requireTownModerator(current.viewer());
        AssemblySetup valid = setup.validated();
        Assembly assembly = new Assembly(valid.title(), valid.summary(), valid.visibility());
        assembly.revise(valid, neighbourhoods(valid.neighbourhoodIds()));
        em.persist(assembly);
        em.flush();
        // It starts from the town's defaults; its moderators may then set their own (limits below).
        em.createNativeQuery("""
                update assembly a set default_quota = t.default_quota, quota_cap = t.default_quota_cap, flag_threshold = t.default_flag_threshold
                from town t where t.id = 1 and a.id = ?1
                """).setParameter(1, assembly.getId()).executeUpdate();
        audit("assemblies.create", assembly.getId(), null, org.agorapolis.shared.AuditTrail.json("title", assembly.getTitle()));
        return assembly.getId();
    }

    public void revise(long assemblyId, AssemblySetup setup) {
        moderators.require(current.viewer(), assemblyId);
        AssemblySetup valid = setup.validated();
        Assembly assembly = lock(assemblyId);
        String before = org.agorapolis.shared.AuditTrail.json("title", assembly.getTitle());
        assembly.revise(valid, neighbourhoods(valid.neighbourhoodIds()));
        audit("assemblies.revise", assemblyId, before, org.agorapolis.shared.AuditTrail.json("title", valid.title()));
    }

    @jakarta.inject.Inject
    org.agorapolis.shared.AuditTrail trail;

    @jakarta.inject.Inject
    AssemblyModerators moderators;

    @jakarta.inject.Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    private void audit(String action, long assemblyId, String before, String after) {
        trail.record(current.participantId().orElse(null), action, "ASSEMBLY", assemblyId, assemblyId, before, after);
    }

    /**
     * Adds a resident to the assembly as a seed member (generation 0) — the way into an assembly
     * by invitation besides an invitation. They must have signed in once, so that their e-mail
     * address is known.
     */
    public void addMember(long assemblyId, String email) {
        get(assemblyId);
        long participant = participants.findIdByEmail(email).orElseThrow(() -> new InvalidInputException("admin.members.unknownEmail"));
        int added = em.createNativeQuery("insert into membership (assembly_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, assemblyId).setParameter(2, participant).executeUpdate();
        if (added == 0) {
            throw new org.agorapolis.shared.NotAllowedException("admin.members.already");
        }
        trail.record(current.participantId().orElse(null), "assemblies.addMember", "PARTICIPANT", participant, assemblyId, null, "{\"member\":true}");
    }

    /** An assembly's invitation and moderation limits, as its moderators set them. */
    public record Limits(int defaultQuota, int quotaCap, int flagThreshold) {

        public static final int QUOTA_MAX = 1000;
        public static final int CAP_MAX = 10000;
        public static final int THRESHOLD_MAX = 100;

        /** The limits if every rule holds; otherwise refused with the first rule broken. */
        public Limits validated() {
            if (defaultQuota < 0 || defaultQuota > QUOTA_MAX) {
                throw new InvalidInputException("assembly.limits.quota", 0, QUOTA_MAX);
            }
            if (quotaCap < 0 || quotaCap > CAP_MAX) {
                throw new InvalidInputException("assembly.limits.cap", 0, CAP_MAX);
            }
            if (defaultQuota > quotaCap) {
                throw new InvalidInputException("assembly.limits.overCap");
            }
            if (flagThreshold < 1 || flagThreshold > THRESHOLD_MAX) {
                throw new InvalidInputException("assembly.limits.threshold", 1, THRESHOLD_MAX);
            }
            return this;
        }

        public int getDefaultQuota() {
            return defaultQuota;
        }

        public int getQuotaCap() {
            return quotaCap;
        }

        public int getFlagThreshold() {
            return flagThreshold;
        }
    }

    public Limits limits(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        List<?> rows = em.createNativeQuery("select default_quota, quota_cap, flag_threshold from assembly where id = ?1")
                .setParameter(1, assemblyId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("assembly.notFound");
        }
        Object[] r = (Object[]) rows.get(0);
        return new Limits(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue());
    }

    /**
     * Sets how many invitations a new member holds, the cap refills stop at, and how many reports
     * hide a contribution pending review. Quotas already held do not change.
     */
    public void setLimits(long assemblyId, Limits limits) {
        Limits valid = limits.validated();
        Limits before = limits(assemblyId);
        em.createNativeQuery("update assembly set default_quota = ?2, quota_cap = ?3, flag_threshold = ?4 where id = ?1")
                .setParameter(1, assemblyId).setParameter(2, valid.defaultQuota()).setParameter(3, valid.quotaCap())
                .setParameter(4, valid.flagThreshold()).executeUpdate();
        audit("assemblies.limits", assemblyId, json(before), json(valid));
    }

    private static String json(Limits l) {
        return "{\"defaultQuota\":" + l.defaultQuota() + ",\"quotaCap\":" + l.quotaCap() + ",\"flagThreshold\":" + l.flagThreshold() + "}";
    }

    /** Moves the assembly to the given later phase (the page asks for confirmation first). */
    public void enter(long assemblyId, Phase next) {
        moderators.require(current.viewer(), assemblyId);
        Assembly assembly = lock(assemblyId);
        String before = org.agorapolis.shared.AuditTrail.json("phase", assembly.getPhase().name());
        assembly.enter(next);
        audit("assemblies.phase", assemblyId, before, org.agorapolis.shared.AuditTrail.json("phase", next.name()));
        if (next == Phase.CLOSED) {
            closings.fire(new org.agorapolis.shared.AssemblyClosed(assemblyId));
        }
    }

    /** Schedules a meeting of the assembly. */
    public long scheduleMeeting(long assemblyId, MeetingSetup setup) {
        get(assemblyId);
        Meeting meeting = new Meeting(assemblyId, setup.validated());
        em.persist(meeting);
        em.flush();
        trail.record(current.participantId().orElse(null), "meetings.schedule", "MEETING", meeting.getId(), assemblyId, null,
                org.agorapolis.shared.AuditTrail.json("title", meeting.getTitle()));
        return meeting.getId();
    }

    /** Records how many people came to a meeting that has begun (moderators of its assembly), audited. */
    public void recordAttendance(long meetingId, Integer attended) {
        Meeting meeting = java.util.Optional.ofNullable(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("meeting.notFound"));
        moderators.require(current.viewer(), meeting.getAssemblyId());
        Integer before = meeting.getAttended();
        meeting.recordAttendance(attended, java.time.Instant.now());
        trail.record(current.participantId().orElse(null), "meetings.attendance", "MEETING", meetingId, meeting.getAssemblyId(),
                before == null ? null : "{\"attended\":" + before + "}", "{\"attended\":" + attended + "}");
    }

    /** Revises a meeting; its seats never drop below the registrations already made. */
    public void reviseMeeting(long meetingId, MeetingSetup setup) {
        Meeting meeting = java.util.Optional.ofNullable(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("meeting.notFound"));
        moderators.require(current.viewer(), meeting.getAssemblyId());
        String before = org.agorapolis.shared.AuditTrail.json("title", meeting.getTitle());
        meeting.revise(setup.validated());
        trail.record(current.participantId().orElse(null), "meetings.revise", "MEETING", meetingId, meeting.getAssemblyId(), before,
                org.agorapolis.shared.AuditTrail.json("title", meeting.getTitle()));
    }

    public List<Meeting> meetings(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return em.createQuery("select m from Meeting m where m.assemblyId = :assembly order by m.startsAt, m.id", Meeting.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    /** The assembly as its moderators set it up; refused to anyone who does not moderate it. */
    public Assembly get(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return em.createQuery("select a from Assembly a left join fetch a.neighbourhoods where a.id = :id", Assembly.class)
                .setParameter("id", assemblyId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
    }

    /** The assembly as it is now, locked: a concurrent change is waited for, then seen, never overwritten. */
    private Assembly lock(long assemblyId) {
        Assembly assembly = java.util.Optional.ofNullable(em.find(Assembly.class, assemblyId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
        assembly.getNeighbourhoods();
        return assembly;
    }

    private List<Neighbourhood> neighbourhoods(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Neighbourhood> found = em.createQuery("select n from Neighbourhood n where n.id in :ids", Neighbourhood.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw new InvalidInputException("assembly.neighbourhoods.unknown");
        }
        return found;
    }
}
