package org.agorapolis.invitations.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.agorapolis.invitations.InvitationTokens;
import org.agorapolis.invitations.Visit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fingerprints of this request's device cookie and client address. The client address is the
 * connection's, unless the connection comes from a proxy listed in {@code AGORAPOLIS_TRUSTED_PROXIES}
 * (comma-separated addresses): then it is the last address of {@code X-Forwarded-For} that is not a
 * trusted proxy.
 */
@RequestScoped
public class CurrentVisit {

    @Inject
    HttpServletRequest request;

    @Inject
    InvitationTokens tokens;

    @Inject
    @ConfigProperty(name = "agorapolis.trusted.proxies")
    Optional<String> trustedProxies;

    public Visit visit() {
        String device = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> DeviceCookie.NAME.equals(c.getName())).map(Cookie::getValue).findFirst()
                .orElse("none:" + request.getSession().getId());
        return new Visit(tokens.fingerprint("device", device), tokens.fingerprint("address", clientAddress(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), trusted())));
    }

    private Set<String> trusted() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The client's address, read through trusted proxies only. */
    static String clientAddress(String remote, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }
}
