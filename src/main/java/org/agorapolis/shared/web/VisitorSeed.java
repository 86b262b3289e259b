package org.agorapolis.shared.web;

import java.io.Serializable;
import java.security.SecureRandom;

import jakarta.enterprise.context.SessionScoped;

/** A random number drawn once per visit, so that "random" orders stay the same while a visitor pages through them. */
@SessionScoped
public class VisitorSeed implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed = new SecureRandom().nextLong() & Long.MAX_VALUE;

    public long value() {
        return seed;
    }
}
