package org.agorapolis.shared.web;

import java.util.regex.Pattern;

/**
 * A path inside this application that is safe to redirect to: never another host (no open
 * redirect through {@code //evil.example} or {@code /\evil.example}).
 */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%?=&+-]*");

    private LocalPath() {
    }

    /** The given path if it stays inside the application, otherwise the home page. */
    public static String orHome(String candidate) {
        if (candidate == null || candidate.length() > 500 || !SAFE.matcher(candidate).matches()) {
            return "/";
        }
        return candidate;
    }
}
