package org.agorapolis.invitations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;

/**
 * Poster codes: moderators tie a QR code to a place (a bakery, a library, a bus shelter), print it
 * on an A4 poster, and follow its scans, sign-ups and first contributions. A poster has no quota:
 * it works until it is retired or the assembly stops taking members.
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class PosterService {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 200;
    /** Live posters per assembly. */
    public static final int POSTERS_MAX = 200;

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

    /**
     * A poster and what it brought: openings of its link (one per visit), accounts created after
     * such an opening, members who joined through it and those of them who have contributed.
     */
    public record Poster(long id, long assemblyId, String name, String address, String neighbourhood, Instant createdAt,
                         boolean retired, long scans, long signUps, long joined, long contributed) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getAddress() {
            return address;
        }

        public String getNeighbourhood() {
            return neighbourhood;
        }

        public boolean isRetired() {
            return retired;
        }

        public long getScans() {
            return scans;
        }

        public long getSignUps() {
            return signUps;
        }

        public long getJoined() {
            return joined;
        }

        public long getContributed() {
            return contributed;
        }
    }

    /** Ties a new QR code to a place. */
    public long create(Viewer moderator, long assemblyId, String name, String address, Long neighbourhoodId) {
        moderators.require(moderator, assemblyId);
        String place = Text.clean(name);
        String where = Text.clean(address);
        if (place.isEmpty()) {
            throw new InvalidInputException("poster.name.required");
        }
        if (place.length() > NAME_MAX) {
            throw new InvalidInputException("poster.name.tooLong", NAME_MAX);
        }
        if (where.length() > ADDRESS_MAX) {
            throw new InvalidInputException("poster.address.tooLong", ADDRESS_MAX);
        }
        List<?> assembly = em.createNativeQuery("select phase from assembly where id = ?1 for update").setParameter(1, assemblyId).getResultList();
        if (assembly.isEmpty()) {
            throw new NotFoundException("assembly.notFound");
        }
        if ("CLOSED".equals(assembly.get(0))) {
            throw new NotAllowedException("invitation.assemblyNotJoinable");
        }
        if (neighbourhoodId != null && em.createNativeQuery("select 1 from neighbourhood where id = ?1").setParameter(1, neighbourhoodId)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("poster.neighbourhood.unknown");
        }
        long live = SqlValues.count(em.createNativeQuery("select count(*) from poster where assembly_id = ?1 and retired_at is null")
                .setParameter(1, assemblyId).getSingleResult());
        if (live >= POSTERS_MAX) {
            throw new NotAllowedException("poster.tooMany", POSTERS_MAX);
        }
        String key = place.toLowerCase(java.util.Locale.ROOT);
        if (!em.createNativeQuery("select 1 from poster where assembly_id = ?1 and name_key = ?2 and retired_at is null")
                .setParameter(1, assemblyId).setParameter(2, key).getResultList().isEmpty()) {
            throw new InvalidInputException("poster.name.taken");
        }
        byte[] nonce = InvitationTokens.newNonce();
        long id = SqlValues.count(em.createNativeQuery("""
                insert into poster (assembly_id, name, name_key, address, neighbourhood_id, nonce, token_hash, created_by)
                values (?1, ?2, ?8, ?3, ?4, ?5, ?6, ?7) returning id
                """).setParameter(8, key).setParameter(1, assemblyId).setParameter(2, place).setParameter(3, where).setParameter(4, neighbourhoodId)
                .setParameter(5, nonce).setParameter(6, InvitationTokens.hash(tokens.token(nonce)).orElseThrow())
                .setParameter(7, moderator.participantId().orElseThrow()).getSingleResult());
        audit.record(moderator.participantId().orElseThrow(), "posters.create", "POSTER", id, assemblyId, null,
                org.agorapolis.shared.AuditTrail.json("name", place));
        return id;
    }

    /** Retires a poster: its code stops working; its figures stay. */
    public void retire(Viewer moderator, long posterId) {
        moderators.require(moderator, poster(posterId).assemblyId());
        List<?> retired = em.createNativeQuery("update poster set retired_at = now() where id = ?1 and retired_at is null returning assembly_id")
                .setParameter(1, posterId).getResultList();
        if (retired.isEmpty()) {
            throw new NotFoundException("poster.notFound");
        }
        audit.record(moderator.participantId().orElseThrow(), "posters.retire", "POSTER", posterId, SqlValues.count(retired.get(0)),
                "{\"retired\":false}", "{\"retired\":true}");
    }

    /** The assembly's posters with their figures, live ones first. */
    public List<Poster> posters(long assemblyId) {
        moderators.require(current.viewer(), assemblyId);
        return rows("s.assembly_id = ?1", assemblyId);
    }

    public Poster poster(long posterId) {
        Poster poster = rows("s.id = ?1", posterId).stream().findFirst().orElseThrow(() -> new NotFoundException("poster.notFound"));
        moderators.require(current.viewer(), poster.assemblyId());
        return poster;
    }

    /** The poster's link token, to print; empty once it is retired. */
    public Optional<String> token(long posterId) {
        poster(posterId);
        return ((List<?>) em.createNativeQuery("select nonce from poster where id = ?1 and retired_at is null").setParameter(1, posterId)
                .getResultList()).stream().map(nonce -> tokens.token((byte[]) nonce)).findFirst();
    }

    private List<Poster> rows(String where, long id) {
        return ((List<?>) em.createNativeQuery("""
                select s.id, s.assembly_id, s.name, s.address, n.name, s.created_at, s.retired_at is not null, s.scans,
                       count(e.id) filter (where p.first_sign_in_at >= e.opened_at),
                       count(e.id), count(e.first_contribution_at)
                from poster s left join neighbourhood n on n.id = s.neighbourhood_id
                left join invitation_edge e on e.poster_id = s.id left join participant p on p.id = e.invitee_id
                where %s
                group by s.id, n.name order by s.retired_at is not null, s.name, s.id
                """.formatted(where)).setParameter(1, id).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Poster(SqlValues.count(r[0]), SqlValues.count(r[1]), (String) r[2], (String) r[3], (String) r[4],
                        SqlValues.instant(r[5]), (Boolean) r[6], SqlValues.count(r[7]), SqlValues.count(r[8]), SqlValues.count(r[9]),
                        SqlValues.count(r[10])))
                .toList();
    }
}
