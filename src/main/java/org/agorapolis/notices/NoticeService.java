package org.agorapolis.notices;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;
import org.agorapolis.shared.web.PublicAddress;

/**
 * Notices in the app, and the same news by e-mail for participants who opted in — to their own
 * address, the one their account was verified with. Nothing is ever sent to an address its owner
 * did not give: the platform writes to nobody else.
 */
@Stateless
public class NoticeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicAddress publicAddress;

    /** A notice as its recipient reads it. */
    public record Notice(long id, NoticeKind kind, Long assemblyId, String assemblyTitle, String about, Instant createdAt, boolean read) {

        public long getId() {
            return id;
        }

        public String getKind() {
            return kind.name();
        }

        /** The message of the notice: a warning or a suspension about a profile names no assembly. */
        public String getMessageKey() {
            boolean aboutProfile = assemblyId == null && (kind == NoticeKind.WARNED || kind == NoticeKind.SUSPENDED);
            return "notice." + kind.name() + (aboutProfile ? ".profile" : "");
        }

        public Long getAssemblyId() {
            return assemblyId;
        }

        public String getAssemblyTitle() {
            return assemblyTitle;
        }

        public String getAbout() {
            return about;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public boolean isRead() {
            return read;
        }
    }

    /**
     * Tells the participant, in the transaction of what happened: a notice, and an e-mail in the
     * outbox if they opted in and have an address.
     */
    public void tell(long participantId, NoticeKind kind, long assemblyId, long aboutParticipantId) {
        // One round trip: the notice, named after the person it is about, and the recipient's address if they opted in.
        List<?> recipient = em.createNativeQuery("""
                with told as (
                    insert into notice (participant_id, kind, assembly_id, about)
                    select ?1, ?2, ?3, left(display_name, 120) from participant where id = ?4
                    returning about)
                select p.email, p.display_name, coalesce(p.locale, 'fr'), a.title, told.about
                from told, participant p, assembly a
                where p.id = ?1 and a.id = ?3 and p.notify_by_email and p.email is not null
                """).setParameter(1, participantId).setParameter(2, kind.name()).setParameter(3, assemblyId).setParameter(4, aboutParticipantId)
                .getResultList();
        if (recipient.isEmpty()) {
            return;
        }
        Object[] r = (Object[]) recipient.get(0);
        String name = (String) r[4];
        ResourceBundle texts = ResourceBundle.getBundle("org.agorapolis.messages", Locale.forLanguageTag((String) r[2]));
        String key = "notice.mail." + kind.name();
        String subject = oneLine(java.text.MessageFormat.format(texts.getString(key + ".subject"), name, r[3]));
        String link = publicAddress.configured().map(base -> base + "/invitations/mine.xhtml?assembly=" + assemblyId).orElse("");
        String body = java.text.MessageFormat.format(texts.getString(key + ".body"), r[1], name, r[3], link)
                + "\n\n" + texts.getString("notice.mail.footer");
        em.createNativeQuery("insert into mail_outbox (recipient, subject, body) values (?1, ?2, ?3)")
                .setParameter(1, r[0]).setParameter(2, subject.length() > 200 ? subject.substring(0, 200) : subject).setParameter(3, body)
                .executeUpdate();
    }

    /** Tells the participant in the app only; {@code about} is a short text or code the page knows how to show. */
    public void tellInApp(long participantId, NoticeKind kind, Long assemblyId, String about) {
        em.createNativeQuery("insert into notice (participant_id, kind, assembly_id, about) values (?1, ?2, ?3, ?4)")
                .setParameter(1, participantId).setParameter(2, kind.name()).setParameter(3, assemblyId).setParameter(4, about).executeUpdate();
    }

    /** Header lines hold one line: a display name cannot add headers. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** The viewer's notices, newest first. */
    public PageOf<Notice> mine(Viewer viewer, int pageNumber, int pageSize) {
        long me = signedIn(viewer);
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        long total = SqlValues.count(em.createNativeQuery("select count(*) from notice where participant_id = ?1").setParameter(1, me).getSingleResult());
        List<Notice> notices = ((List<?>) em.createNativeQuery("""
                select n.id, n.kind, n.assembly_id, a.title, n.about, n.created_at, n.read_at is not null
                from notice n left join assembly a on a.id = n.assembly_id where n.participant_id = ?1 order by n.id desc
                """).setParameter(1, me).setFirstResult((number - 1) * size).setMaxResults(size).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Notice(SqlValues.count(r[0]), NoticeKind.valueOf((String) r[1]), SqlValues.optionalLong(r[2]), (String) r[3], (String) r[4],
                        SqlValues.instant(r[5]), (Boolean) r[6]))
                .toList();
        return new PageOf<>(notices, total, number, size);
    }

    public long unread(Viewer viewer) {
        return viewer.participantId().map(me -> SqlValues.count(em.createNativeQuery(
                "select count(*) from notice where participant_id = ?1 and read_at is null").setParameter(1, me).getSingleResult())).orElse(0L);
    }

    /** Marks all the viewer's notices read. */
    public void markAllRead(Viewer viewer) {
        em.createNativeQuery("update notice set read_at = now() where participant_id = ?1 and read_at is null")
                .setParameter(1, signedIn(viewer)).executeUpdate();
    }

    public boolean emailOptIn(Viewer viewer) {
        return (Boolean) em.createNativeQuery("select notify_by_email from participant where id = ?1").setParameter(1, signedIn(viewer))
                .getSingleResult();
    }

    /** Opts in or out of e-mail; opting in needs an address on the account. */
    public void setEmailOptIn(Viewer viewer, boolean optIn) {
        int updated = em.createNativeQuery("update participant set notify_by_email = ?2 where id = ?1 and (not ?2 or email is not null)")
                .setParameter(1, signedIn(viewer)).setParameter(2, optIn).executeUpdate();
        if (updated == 0) {
            throw new NotAllowedException("notice.email.noAddress");
        }
    }

    private static long signedIn(Viewer viewer) {
        return viewer.participantId().orElseThrow(() -> new NotAllowedException("assembly.signInFirst"));
    }
}
