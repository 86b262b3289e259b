package org.agorapolis.notices;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sends the outbox through the server's mail session ({@code java:jboss/mail/Default}, pointed at
 * the town's SMTP server by {@code AGORAPOLIS_SMTP_*}). Every few seconds, a batch of due messages
 * is locked ({@code for update skip locked}, so that several servers never send one twice), sent,
 * and marked; a failure is retried after 1, 2, 4… minutes, and given up after {@value #ATTEMPTS_MAX}
 * attempts.
 */
@Singleton
public class MailOutbox {

    static final int ATTEMPTS_MAX = 8;
    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void send() {
        List<?> due = em.createNativeQuery("""
                select id, recipient, subject, body, attempts from mail_outbox
                where sent_at is null and failed_at is null and next_attempt_at <= now()
                order by id limit ?1 for update skip locked
                """).setParameter(1, BATCH).getResultList();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) r[1], true));
                message.setSubject((String) r[2], "UTF-8");
                message.setText((String) r[3], "UTF-8");
                Transport.send(message);
                em.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?1").setParameter(1, id).executeUpdate();
            } catch (MessagingException | RuntimeException e) {
                int attempts = ((Number) r[4]).intValue() + 1;
                LOG.log(Level.WARNING, "Message {0} not sent (attempt {1}): {2}", new Object[] {id, attempts, e.getMessage()});
                String error = String.valueOf(e.getMessage());
                em.createNativeQuery("""
                        update mail_outbox set attempts = ?2, last_error = ?3,
                               next_attempt_at = now() + ?4 * interval '1 second',
                               failed_at = case when ?2 >= ?5 then now() end
                        where id = ?1
                        """).setParameter(1, id).setParameter(2, attempts).setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
                        .setParameter(4, Duration.ofMinutes(1L << Math.min(attempts - 1, 10)).toSeconds()).setParameter(5, ATTEMPTS_MAX)
                        .executeUpdate();
            }
        }
    }
}
