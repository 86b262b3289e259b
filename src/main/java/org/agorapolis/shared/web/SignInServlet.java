package org.agorapolis.shared.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signing in, in two steps. {@code /signin?next=/somewhere} (open to all) remembers where the
 * visitor was, then sends them to {@code /login}; {@code /login} is protected by web.xml, so
 * reaching it means the identity provider has signed them in, and it sends them back. The place
 * is kept in the session because the identity provider returns to {@code /login} without its
 * query string.
 */
@WebServlet(name = "signIn", urlPatterns = {"/signin", "/login"})
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String NEXT = "agorapolis.signIn.next";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        if ("/signin".equals(request.getServletPath())) {
            request.getSession().setAttribute(NEXT, LocalPath.orHome(request.getParameter("next")));
            response.sendRedirect(context + "/login");
            return;
        }
        String next = request.getParameter("next");
        HttpSession session = request.getSession(false);
        if (next == null && session != null) {
            next = (String) session.getAttribute(NEXT);
            session.removeAttribute(NEXT);
        }
        response.sendRedirect(context + LocalPath.orHome(next));
    }
}
