package org.agorapolis.shared.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /login?next=/somewhere}: protected by the web.xml constraint, so reaching it means the
 * identity provider has signed the person in; then it sends them back where they were.
 */
@WebServlet(name = "signIn", urlPatterns = "/login")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(request.getParameter("next")));
    }
}
