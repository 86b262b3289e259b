package org.agorapolis.invitations.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives browsers that open or share invitations a random device cookie (128 bits, HttpOnly,
 * SameSite=Lax, a year). It identifies a browser, not a person, is only ever stored as a keyed
 * fingerprint, and serves one purpose: flagging invitations accepted on the inviter's own device.
 */
@WebFilter(urlPatterns = {"/i/*", "/invitations/*"})
public class DeviceCookie extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NAME = "agorapolis_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean present = request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> NAME.equals(c.getName()));
        if (!present) {
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            Cookie cookie = new Cookie(NAME, Base64.getUrlEncoder().withoutPadding().encodeToString(id));
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        chain.doFilter(request, response);
    }
}
