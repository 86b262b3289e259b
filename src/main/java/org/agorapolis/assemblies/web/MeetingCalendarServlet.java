package org.agorapolis.assemblies.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.assemblies.Meeting;
import org.agorapolis.assemblies.MeetingService;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Requests;

/** {@code /meetings/calendar.ics?id=}: a meeting for the visitor's calendar, if they may see its assembly. */
@WebServlet(name = "meetingCalendar", urlPatterns = "/meetings/calendar.ics")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    org.agorapolis.shared.web.PublicAddress publicAddress;

    @Inject
    MeetingService meetings;

    @Inject
    AssemblyService assemblies;

    @Inject
    CurrentParticipant current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = Requests.id(request, "id");
        Meeting meeting;
        Assembly assembly;
        try {
            meeting = meetings.get(current.viewer(), id.orElseThrow(() -> new NotFoundException("meeting.notFound")));
            assembly = assemblies.get(current.viewer(), meeting.getAssemblyId());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = publicAddress.of(request);
        String body = Ical.event(meeting, assembly.getTitle(), base + "/assemblies/view.xhtml?id=" + assembly.getId(),
                request.getServerName(), Instant.now());
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-" + meeting.getId() + ".ics\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
