package org.agorapolis.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server on loopback (GreenMail) that keeps every message it receives, for the run
 * command and the tests: the application and Keycloak send to it as they would to the town's.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail server;

    public MailCatcher(int smtpPort) {
        server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits for a message to the address that matches; fails after the timeout. */
    public MimeMessage await(String recipient, Predicate<MimeMessage> match, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage message : received()) {
                if (isTo(message, recipient) && match.test(message)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No message to " + recipient + " within " + timeout + "; received: " + received().size());
    }

    /** The messages to the address. */
    public List<MimeMessage> to(String recipient) {
        return received().stream().filter(m -> isTo(m, recipient)).toList();
    }

    public static boolean isTo(MimeMessage message, String recipient) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's plain text, decoded (the text part of a multipart message). */
    public static String text(MimeMessage message) {
        try {
            return text((jakarta.mail.Part) message);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.Part part) throws MessagingException, java.io.IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return part.isMimeType("text/html") ? org.jsoup.Jsoup.parse(text).text() : text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            String found = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain")) {
                    return text(child);
                }
                if (found == null) {
                    found = text(child);
                }
            }
            return found == null ? "" : found;
        }
        return "";
    }

    /** The first link in the message's text. */
    public static String firstLink(MimeMessage message) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No link in: " + text(message));
        }
        return link.group();
    }

    @Override
    public void close() {
        server.stop();
    }
}
