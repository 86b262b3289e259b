package org.agorapolis.participants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.security.SignedInIdentity;

/** Records who signs in and answers questions about participants. */
@Stateless
public class ParticipantService {

    /** Longest display name kept; longer names from the identity provider are cut. */
    static final int MAX_DISPLAY_NAME = 120;
    static final int MAX_EMAIL = 320;

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the participant at the first sign-in, refreshes name, e-mail and language at later
     * ones. One atomic statement: two first requests arriving together still make one row, and
     * the later of two racing sign-in times wins, so the first sign-in never comes after the last.
     *
     * @return the participant's id
     */
    public long recordSignIn(SignedInIdentity identity) {
        Object id = em.createNativeQuery("""
                insert into participant (issuer, subject, display_name, email, locale, first_sign_in_at, last_sign_in_at, sign_in_count)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1)
                on conflict (issuer, subject) do update
                   set display_name = excluded.display_name,
                       email = excluded.email,
                       locale = excluded.locale,
                       last_sign_in_at = greatest(participant.last_sign_in_at, excluded.last_sign_in_at),
                       sign_in_count = participant.sign_in_count + 1
                returning id
                """)
                .setParameter(1, identity.issuer())
                .setParameter(2, identity.subject())
                .setParameter(3, cut(identity.displayName(), MAX_DISPLAY_NAME))
                .setParameter(4, identity.email() == null ? null : cut(identity.email(), MAX_EMAIL))
                .setParameter(5, languageOf(identity.locale()))
                .setParameter(6, Instant.now())
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /**
     * Locks the participant's row until the end of the transaction, so that their contributions
     * are counted one at a time: rate limits then hold under concurrency.
     */
    public void lockForContribution(long participantId, long assemblyId) {
        em.createNativeQuery("select id from participant where id = ?1 for update")
                .setParameter(1, participantId).getResultList();
        requireNotSuspended(participantId, assemblyId);
    }

    /**
     * Suspended participants read but do not contribute: refused with the end of their suspension.
     * A suspension decided in one assembly holds there only; a banned participant contributes nowhere
     * (even with a session opened before the ban).
     */
    public void requireNotSuspended(long participantId, long assemblyId) {
        Object[] standing = (Object[]) em.createNativeQuery("""
                select exists (select 1 from ban where participant_id = ?1 and lifted_at is null),
                       (select max(ends_at) from suspension where participant_id = ?1 and lifted_at is null and starts_at <= now()
                            and ends_at > now() and (assembly_id is null or assembly_id = ?2))
                """).setParameter(1, participantId).setParameter(2, assemblyId).getSingleResult();
        if ((Boolean) standing[0]) {
            throw new org.agorapolis.shared.NotAllowedException("moderation.banned");
        }
        if (standing[1] != null) {
            throw new org.agorapolis.shared.NotAllowedException("moderation.suspended",
                    java.util.Date.from(org.agorapolis.shared.persistence.SqlValues.instant(standing[1])));
        }
    }

    /** Display names by participant id, for pages that show authors. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select p.id, p.displayName from Participant p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The participant who signed in with this e-mail address (case ignored), if any. */
    public Optional<Long> findIdByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL) {
            return Optional.empty();
        }
        return em.createQuery("select p.id from Participant p where lower(p.email) = lower(:email) order by p.id", Long.class)
                .setParameter("email", email.strip()).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Participant> find(long id) {
        return Optional.ofNullable(em.find(Participant.class, id));
    }

    public long count() {
        return em.createQuery("select count(p) from Participant p", Long.class).getSingleResult();
    }

    /** Participants who signed in at or after the given instant. */
    public long countSignedInSince(Instant since) {
        return em.createQuery("select count(p) from Participant p where p.lastSignInAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Only the language part of a locale tag is kept ("fr-CA" → "fr"), and only if it looks like one. */
    static String languageOf(String locale) {
        if (locale == null) {
            return null;
        }
        String language = locale.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return language.matches("[a-z]{2,3}") ? language : null;
    }
}
