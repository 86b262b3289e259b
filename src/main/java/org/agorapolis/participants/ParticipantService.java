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
     * The participant of a signed-in identity (an API call's bearer token): read when known, recorded
     * as at a first sign-in otherwise — a read, not a write, on every call after the first.
     */
    public long participantOf(SignedInIdentity identity) {
        List<?> known = em.createNativeQuery("select id from participant where issuer = ?1 and subject = ?2").setParameter(1, identity.issuer())
                .setParameter(2, identity.subject()).getResultList();
        return known.isEmpty() ? recordSignIn(identity) : ((Number) known.get(0)).longValue();
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

    /**
     * Display names by participant id, for pages that show authors. A profile hidden by moderation
     * has the empty name {@link #HIDDEN_NAME}, which pages show as a neutral notice (a real display
     * name is never blank).
     */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select p.id, p.displayName, p.hiddenReason from Participant p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], row[2] == null ? (String) row[1] : HIDDEN_NAME));
        return names;
    }

    /** The answer that means "prefer not to say". */
    public static final String DECLINED = "declined";

    /**
     * What a participant said about themselves for the reach reports: each of neighbourhood and
     * age band answered (an id), declined, or not answered (neither).
     */
    public record SelfDescription(Long neighbourhoodId, boolean neighbourhoodDeclined, Long ageBandId, boolean ageBandDeclined, boolean answered) {

        /** The value of a choice as the form holds it: an id, {@link #DECLINED}, or empty. */
        static String choice(Long id, boolean declined) {
            return declined ? DECLINED : id == null ? "" : id.toString();
        }

        public String getNeighbourhood() {
            return choice(neighbourhoodId, neighbourhoodDeclined);
        }

        public String getAgeBand() {
            return choice(ageBandId, ageBandDeclined);
        }
    }

    public SelfDescription description(long participantId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select neighbourhood_id, neighbourhood_declined, age_band_id, age_band_declined, described_at is not null from participant where id = ?1
                """).setParameter(1, participantId).getSingleResult();
        return new SelfDescription(org.agorapolis.shared.persistence.SqlValues.optionalLong(r[0]), (Boolean) r[1],
                org.agorapolis.shared.persistence.SqlValues.optionalLong(r[2]), (Boolean) r[3], (Boolean) r[4]);
    }

    /** Whether the participant has not yet been through the optional step (answered or declined). */
    public boolean mayDescribe(long participantId) {
        return !description(participantId).answered();
    }

    /**
     * Records the participant's answers: for each question an id (which must exist), {@link #DECLINED},
     * or empty (not answered). Saving, even with nothing answered, marks the step as seen.
     */
    public void describe(long participantId, String neighbourhood, String ageBand) {
        Answer place = Answer.parse(neighbourhood, "describe.neighbourhood.unknown");
        Answer age = Answer.parse(ageBand, "describe.ageBand.unknown");
        if (place.id() != null && em.createNativeQuery("select 1 from neighbourhood where id = ?1").setParameter(1, place.id()).getResultList().isEmpty()) {
            throw new org.agorapolis.shared.InvalidInputException("describe.neighbourhood.unknown");
        }
        if (age.id() != null && em.createNativeQuery("select 1 from age_band where id = ?1").setParameter(1, age.id()).getResultList().isEmpty()) {
            throw new org.agorapolis.shared.InvalidInputException("describe.ageBand.unknown");
        }
        em.createNativeQuery("""
                update participant set neighbourhood_id = ?2, neighbourhood_declined = ?3, age_band_id = ?4, age_band_declined = ?5, described_at = now()
                where id = ?1
                """).setParameter(1, participantId).setParameter(2, place.id()).setParameter(3, place.declined())
                .setParameter(4, age.id()).setParameter(5, age.declined()).executeUpdate();
    }

    /** One answer of the step, as parsed from the form. */
    record Answer(Long id, boolean declined) {

        static Answer parse(String raw, String unknownKey) {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                return new Answer(null, false);
            }
            if (DECLINED.equals(value)) {
                return new Answer(null, true);
            }
            if (!value.matches("[0-9]{1,18}")) {
                throw new org.agorapolis.shared.InvalidInputException(unknownKey);
            }
            return new Answer(Long.parseLong(value), false);
        }
    }

    /** The name of a participant whose profile moderation hid. */
    public static final String HIDDEN_NAME = "";

    /** At most this many characters about oneself. */
    public static final int ABOUT_MAX = 500;

    /**
     * A participant's public profile: their name and the words they wrote about themselves (both
     * replaced by a notice when moderation hid the profile), since when they take part, the public
     * assemblies they belong to, and how many visible proposals and comments they wrote.
     */
    public record Profile(long id, String displayName, String about, Instant memberSince, String hiddenReason, List<String> assemblies,
                          long proposals, long comments) {

        public long getId() {
            return id;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getAbout() {
            return about;
        }

        public java.util.Date getMemberSince() {
            return java.util.Date.from(memberSince);
        }

        public String getHiddenReason() {
            return hiddenReason;
        }

        public boolean isHidden() {
            return hiddenReason != null;
        }

        public List<String> getAssemblies() {
            return assemblies;
        }

        public long getProposals() {
            return proposals;
        }

        public long getComments() {
            return comments;
        }
    }

    public Optional<Profile> profile(long id) {
        List<?> rows = em.createNativeQuery("""
                select p.display_name, p.about, p.first_sign_in_at, p.hidden_reason,
                       (select count(*) from proposal r join assembly a on a.id = r.assembly_id
                        where r.author_id = p.id and r.status <> 'WITHDRAWN' and r.hidden_reason is null and a.phase <> 'DRAFT'),
                       (select count(*) from comment c join assembly a on a.id = c.assembly_id
                        where c.author_id = p.id and c.deleted_at is null and c.hidden_reason is null and a.phase <> 'DRAFT')
                from participant p where p.id = ?1
                """).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<String> assemblies = ((List<?>) em.createNativeQuery("""
                select a.title from membership m join assembly a on a.id = m.assembly_id
                where m.participant_id = ?1 and a.visibility = 'PUBLIC' and a.phase <> 'DRAFT' order by a.title limit 50
                """).setParameter(1, id).getResultList()).stream().map(String.class::cast).toList();
        return Optional.of(new Profile(id, (String) r[0], (String) r[1], org.agorapolis.shared.persistence.SqlValues.instant(r[2]), (String) r[3],
                assemblies, org.agorapolis.shared.persistence.SqlValues.count(r[4]), org.agorapolis.shared.persistence.SqlValues.count(r[5])));
    }

    /**
     * Writes the words shown on one's profile (cleaned of control characters, at most
     * {@link #ABOUT_MAX}). Refused while moderation keeps the profile hidden.
     */
    public void writeAbout(long participantId, String about) {
        String text = org.agorapolis.shared.Text.clean(about);
        if (text.length() > ABOUT_MAX) {
            throw new org.agorapolis.shared.InvalidInputException("profile.about.tooLong", ABOUT_MAX);
        }
        int written = em.createNativeQuery("update participant set about = ?2 where id = ?1 and hidden_reason is null")
                .setParameter(1, participantId).setParameter(2, text).executeUpdate();
        if (written == 0) {
            throw new org.agorapolis.shared.NotAllowedException("profile.hiddenNotEditable");
        }
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
