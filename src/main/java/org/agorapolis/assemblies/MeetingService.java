package org.agorapolis.assemblies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.ContributionMade;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.Viewer;

/** Members register for an assembly's meetings, within the seats; anyone who sees the assembly sees its meetings. */
@Stateless
public class MeetingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    jakarta.enterprise.event.Event<ContributionMade> contributions;

    public List<Meeting> list(Viewer viewer, long assemblyId) {
        assemblies.get(viewer, assemblyId);
        return em.createQuery("select m from Meeting m where m.assemblyId = :assembly order by m.startsAt, m.id", Meeting.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    public Meeting get(Viewer viewer, long meetingId) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId)).orElseThrow(() -> new NotFoundException("meeting.notFound"));
        assemblies.get(viewer, meeting.getAssemblyId());
        return meeting;
    }

    /** The meetings of this assembly the viewer has registered for. */
    public Set<Long> registrations(Viewer viewer, long assemblyId) {
        if (viewer.participantId().isEmpty()) {
            return Set.of();
        }
        List<?> ids = em.createNativeQuery("""
                select m.id from meeting m join meeting_registration r on r.meeting_id = m.id
                where m.assembly_id = ?1 and r.participant_id = ?2
                """).setParameter(1, assemblyId).setParameter(2, viewer.participantId().get()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Takes a seat. The registration row says "once per member"; the atomic update says "never
     * more than the seats" — when it finds no seat left, the transaction rolls back whole.
     */
    public void register(Viewer viewer, long meetingId) {
        Meeting meeting = get(viewer, meetingId);
        requireMemberBeforeStart(viewer, meeting);
        int inserted = em.createNativeQuery("insert into meeting_registration (meeting_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, meetingId).setParameter(2, viewer.participantId().orElseThrow()).executeUpdate();
        if (inserted == 0) {
            throw new NotAllowedException("meeting.alreadyRegistered");
        }
        int seated = em.createNativeQuery("update meeting set registered = registered + 1 where id = ?1 and registered < capacity")
                .setParameter(1, meetingId).executeUpdate();
        if (seated == 0) {
            throw new NotAllowedException("meeting.full");
        }
        contributions.fire(new ContributionMade(meeting.getAssemblyId(), viewer.participantId().orElseThrow()));
    }

    public void unregister(Viewer viewer, long meetingId) {
        Meeting meeting = get(viewer, meetingId);
        requireMemberBeforeStart(viewer, meeting);
        int deleted = em.createNativeQuery("delete from meeting_registration where meeting_id = ?1 and participant_id = ?2")
                .setParameter(1, meetingId).setParameter(2, viewer.participantId().orElseThrow()).executeUpdate();
        if (deleted == 0) {
            throw new NotAllowedException("meeting.notRegistered");
        }
        em.createNativeQuery("update meeting set registered = registered - 1 where id = ?1").setParameter(1, meetingId).executeUpdate();
    }

    private void requireMemberBeforeStart(Viewer viewer, Meeting meeting) {
        if (!assemblies.isMember(viewer, meeting.getAssemblyId())) {
            throw new NotAllowedException(viewer.isSignedIn() ? "assembly.membersOnly" : "assembly.signInFirst");
        }
        if (!meeting.isUpcomingAt(Instant.now())) {
            throw new NotAllowedException("meeting.started");
        }
    }
}
