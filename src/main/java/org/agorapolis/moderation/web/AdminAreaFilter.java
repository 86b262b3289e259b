package org.agorapolis.moderation.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.assemblies.AssemblyModerators;
import org.agorapolis.shared.security.CurrentParticipant;

/**
 * The way into {@code /admin/}: the container lets in anyone signed in (web.xml), this filter only
 * those who moderate something — the town's moderators and administrators, and moderators of
 * at least one assembly. Which assembly they may act on is then decided by every service.
 */
@WebFilter(filterName = "adminArea", urlPatterns = "/admin/*")
public class AdminAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AssemblyModerators moderators;

    @Inject
    CurrentParticipant current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!moderators.moderatesAny(current.viewer())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
