package org.agorapolis.participants;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person known to the platform.
 *
 * <p>Invariants: (issuer, subject) is unique and never changes — the e-mail address is a contact
 * detail, not an identity; the display name is never blank; {@code firstSignInAt <= lastSignInAt}.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(length = 8)
    private String locale;

    @Column(name = "first_sign_in_at", nullable = false, updatable = false)
    private Instant firstSignInAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    @Column(name = "sign_in_count", nullable = false)
    private int signInCount;

    /** Written by native updates only ({@link ParticipantService#writeAbout}, moderation). */
    @Column(insertable = false, updatable = false)
    private String about;

    @Column(name = "hidden_reason", insertable = false, updatable = false)
    private String hiddenReason;

    protected Participant() {
    }

    public Long getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAbout() {
        return about;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getFirstSignInAt() {
        return firstSignInAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public int getSignInCount() {
        return signInCount;
    }
}
