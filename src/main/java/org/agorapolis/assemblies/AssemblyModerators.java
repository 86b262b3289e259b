package org.agorapolis.assemblies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.AuditTrail;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;

/**
 * Who moderates which assembly. The realm's moderators and administrators moderate every
 * assembly; a participant appointed moderator of one assembly moderates that one and no other.
 * Every service acting on an assembly's administration asks here first, so that a moderator of
 * assembly A can do nothing in assembly B, whatever the page shows or the request says.
 */
@Stateless
@PermitAll
public class AssemblyModerators {

    @PersistenceContext
    EntityManager em;

    @Inject
    ParticipantService participants;

    @Inject
    AuditTrail audit;

    /** A moderator appointed to one assembly. */
    public record Appointed(long participantId, String displayName, String email, Instant appointedAt) {

        public long getParticipantId() {
            return participantId;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getEmail() {
            return email;
        }

        /** For the page's message format, which formats dates, not instants. */
        public java.util.Date getAppointedOn() {
            return java.util.Date.from(appointedAt);
        }
    }

    /** Whether the viewer moderates this assembly. */
    public boolean moderates(Viewer viewer, long assemblyId) {
        if (viewer.canModerate()) {
            return true;
        }
        return viewer.participantId().map(me -> !em.createNativeQuery(
                "select 1 from assembly_moderator where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, me).getResultList().isEmpty()).orElse(false);
    }

    /** Refuses anyone who does not moderate this assembly. */
    public void require(Viewer viewer, long assemblyId) {
        if (!viewer.isSignedIn()) {
            throw new NotAllowedException("assembly.signInFirst");
        }
        if (!moderates(viewer, assemblyId)) {
            throw new NotAllowedException("admin.notYourAssembly");
        }
    }

    /** Refuses anyone but the town's moderators and administrators (actions that reach beyond one assembly). */
    public void requireTownModerator(Viewer viewer) {
        if (!viewer.canModerate()) {
            throw new NotAllowedException("admin.townModeratorsOnly");
        }
    }

    /** Whether the viewer moderates at least one assembly: the way into {@code /admin/}. */
    public boolean moderatesAny(Viewer viewer) {
        return viewer.canModerate() || !assemblies(viewer).isEmpty();
    }

    /**
     * The assemblies the viewer was appointed to moderate, in the order they were created; empty
     * for the town's moderators (who moderate them all: {@link #scope} says so).
     */
    public List<Long> assemblies(Viewer viewer) {
        return viewer.participantId().map(me -> ((List<?>) em.createNativeQuery(
                "select assembly_id from assembly_moderator where participant_id = ?1 order by assembly_id")
                .setParameter(1, me).getResultList()).stream().map(SqlValues::count).toList()).orElse(List.of());
    }

    /** The assemblies the viewer may moderate: empty means all of them (a town moderator or administrator). */
    public Optional<List<Long>> scope(Viewer viewer) {
        return viewer.canModerate() ? Optional.empty() : Optional.of(assemblies(viewer));
    }

    public List<Appointed> of(long assemblyId) {
        return ((List<?>) em.createNativeQuery("""
                select p.id, p.display_name, p.email, m.appointed_at from assembly_moderator m join participant p on p.id = m.participant_id
                where m.assembly_id = ?1 order by p.display_name, p.id
                """).setParameter(1, assemblyId).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Appointed(SqlValues.count(r[0]), (String) r[1], (String) r[2], SqlValues.instant(r[3])))
                .toList();
    }

    /**
     * Makes a participant (found by the e-mail address of their account) moderator of this assembly,
     * which also makes them a member of it. Town moderators and administrators appoint.
     */
    public long appoint(Viewer viewer, long assemblyId, String email) {
        requireTownModerator(viewer);
        long participant = participants.findIdByEmail(email).orElseThrow(() -> new InvalidInputException("admin.members.unknownEmail"));
        int appointed = em.createNativeQuery("""
                insert into assembly_moderator (assembly_id, participant_id, appointed_by) values (?1, ?2, ?3) on conflict do nothing
                """).setParameter(1, assemblyId).setParameter(2, participant).setParameter(3, viewer.participantId().orElseThrow())
                .executeUpdate();
        if (appointed == 0) {
            throw new NotAllowedException("admin.moderators.already");
        }
        em.createNativeQuery("insert into membership (assembly_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, assemblyId).setParameter(2, participant).executeUpdate();
        audit.record(viewer.participantId().orElseThrow(), "assemblies.appointModerator", "PARTICIPANT", participant, assemblyId,
                "{\"moderator\":false}", "{\"moderator\":true}");
        return participant;
    }

    /** Ends an appointment; the person stays a member. */
    public void dismiss(Viewer viewer, long assemblyId, long participantId) {
        requireTownModerator(viewer);
        int dismissed = em.createNativeQuery("delete from assembly_moderator where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, participantId).executeUpdate();
        if (dismissed == 0) {
            throw new NotAllowedException("admin.moderators.notAppointed");
        }
        audit.record(viewer.participantId().orElseThrow(), "assemblies.dismissModerator", "PARTICIPANT", participantId, assemblyId,
                "{\"moderator\":true}", "{\"moderator\":false}");
    }
}
