package org.agorapolis.assemblies.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyAdministration;
import org.agorapolis.assemblies.AssemblySetup;
import org.agorapolis.assemblies.Phase;
import org.agorapolis.assemblies.Visibility;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.town.Neighbourhood;
import org.agorapolis.town.TownService;

/** {@code /admin/assemblies/edit.xhtml[?id=]}: a moderator creates or revises an assembly and moves its phase. */
@Named
@ViewScoped
public class AssemblyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/admin/assemblies/edit.xhtml";

    @Inject
    transient AssemblyAdministration administration;

    @Inject
    transient TownService town;

    @Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    @Inject
    transient org.agorapolis.invitations.InvitationAdministration invitations;

    private Long id;
    private Phase phase;
    private String title;
    private String summary;
    private String description;
    private String topic;
    private Visibility visibility = Visibility.PUBLIC;
    private List<Long> neighbourhoodIds = new ArrayList<>();
    private LocalDate opensOn;
    private LocalDate votingOn;
    private LocalDate closesOn;
    private int supportsThreshold = 10;
    private String closingMessage;
    private List<org.agorapolis.assemblies.Meeting> meetings = List.of();
    private Long meetingId;
    private String meetingTitle;
    private java.time.LocalDateTime meetingStartsAt;
    private java.time.LocalDateTime meetingEndsAt;
    private String meetingPlace;
    private int meetingCapacity = 30;
    private String meetingDescription;
    private org.agorapolis.shared.PageOf<org.agorapolis.invitations.InvitationAdministration.MemberQuota> members;
    private final java.util.Map<Long, Integer> grants = new java.util.HashMap<>();
    private final java.util.Map<Long, Boolean> relays = new java.util.HashMap<>();

    /** Runs before the page renders: an unknown id answers 404; no id opens an empty form. */
    public void load() {
        Long requested = RequestParameters.id("id").orElse(null);
        if (requested == null) {
            if (!current.viewer().canModerate()) {
                // Creating assemblies is for the town's moderators; an assembly's own moderators revise theirs.
                Pages.forbidden();
            }
            return;
        }
        try {
            Assembly assembly = administration.get(requested);
            id = assembly.getId();
            phase = assembly.getPhase();
            title = assembly.getTitle();
            summary = assembly.getSummary();
            description = assembly.getDescription();
            topic = assembly.getTopic();
            visibility = assembly.getVisibility();
            neighbourhoodIds = new ArrayList<>(assembly.getNeighbourhoods().stream().map(Neighbourhood::getId).toList());
            opensOn = assembly.getOpensOn();
            votingOn = assembly.getVotingOn();
            closesOn = assembly.getClosesOn();
            supportsThreshold = assembly.getSupportsThreshold();
            closingMessage = assembly.getClosingMessage();
            meetings = administration.meetings(id);
            AssemblyAdministration.Limits limits = administration.limits(id);
            limitQuota = limits.defaultQuota();
            limitCap = limits.quotaCap();
            limitThreshold = limits.flagThreshold();
            moderators = appointments.of(id);
            members = invitations.members(id, RequestParameters.number("members", 1), 25);
            members.items().forEach(m -> {
                grants.put(m.participantId(), m.remaining());
                relays.put(m.participantId(), m.relay());
            });
            RequestParameters.id("meeting").flatMap(m -> meetings.stream().filter(x -> x.getId().equals(m)).findFirst())
                    .ifPresent(this::editMeeting);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (org.agorapolis.shared.NotAllowedException notTheirs) {
            Pages.forbidden();
        }
    }

    public String save() {
        AssemblySetup setup = new AssemblySetup(title, summary, description, topic, visibility, neighbourhoodIds,
                opensOn, votingOn, closesOn, supportsThreshold, closingMessage);
        if (id == null) {
            try {
                long created = administration.create(setup);
                Messages.info("admin.assembly.created");
                return Pages.reload(VIEW, created);
            } catch (DomainException refused) {
                Messages.refused(refused);
                return null;
            }
        }
        return Messages.perform(() -> administration.revise(id, setup), "admin.assembly.saved", Pages.reload(VIEW, id));
    }

    private void editMeeting(org.agorapolis.assemblies.Meeting meeting) {
        meetingId = meeting.getId();
        meetingTitle = meeting.getTitle();
        meetingStartsAt = org.agorapolis.town.Town.local(meeting.getStartsAt());
        meetingEndsAt = org.agorapolis.town.Town.local(meeting.getEndsAt());
        meetingPlace = meeting.getPlace();
        meetingCapacity = meeting.getCapacity();
        meetingDescription = meeting.getDescription();
        meetingAttended = meeting.getAttended();
        meetingBegun = meeting.hasBegun(java.time.Instant.now());
    }

    /** Schedules a new meeting, or saves the one being edited. */
    public String saveMeeting() {
        org.agorapolis.assemblies.MeetingSetup setup = new org.agorapolis.assemblies.MeetingSetup(meetingTitle,
                org.agorapolis.town.Town.instant(meetingStartsAt), org.agorapolis.town.Town.instant(meetingEndsAt), meetingPlace, meetingCapacity, meetingDescription);
        if (meetingId == null) {
            return Messages.perform(() -> administration.scheduleMeeting(id, setup), "admin.meeting.scheduled", Pages.reload(VIEW, id));
        }
        return Messages.perform(() -> administration.reviseMeeting(meetingId, setup), "admin.meeting.saved", Pages.reload(VIEW, id));
    }

    private Integer meetingAttended;
    private boolean meetingBegun;

    /** Records how many came to the meeting being edited. */
    public String saveAttendance() {
        return Messages.perform(() -> administration.recordAttendance(meetingId, meetingAttended), "admin.meeting.attendanceSaved",
                Pages.reload(VIEW, id));
    }

    public Integer getMeetingAttended() {
        return meetingAttended;
    }

    public void setMeetingAttended(Integer meetingAttended) {
        this.meetingAttended = meetingAttended;
    }

    /** Whether the meeting being edited has begun, so that its attendance can be recorded. */
    public boolean isMeetingBegun() {
        return meetingBegun;
    }

    private String newMemberEmail;
    private Integer limitQuota;
    private Integer limitCap;
    private Integer limitThreshold;

    /** Saves the assembly's invitation quota, cap and reports threshold; an empty field counts as out of range. */
    public String saveLimits() {
        return Messages.perform(() -> administration.setLimits(id, new AssemblyAdministration.Limits(limitQuota == null ? -1 : limitQuota,
                limitCap == null ? -1 : limitCap, limitThreshold == null ? -1 : limitThreshold)), "assembly.limits.saved", Pages.reload(VIEW, id));
    }

    public Integer getLimitQuota() {
        return limitQuota;
    }

    public void setLimitQuota(Integer limitQuota) {
        this.limitQuota = limitQuota;
    }

    public Integer getLimitCap() {
        return limitCap;
    }

    public void setLimitCap(Integer limitCap) {
        this.limitCap = limitCap;
    }

    public Integer getLimitThreshold() {
        return limitThreshold;
    }

    public void setLimitThreshold(Integer limitThreshold) {
        this.limitThreshold = limitThreshold;
    }
    private String newModeratorEmail;
    private List<org.agorapolis.assemblies.AssemblyModerators.Appointed> moderators = List.of();

    @Inject
    transient org.agorapolis.assemblies.AssemblyModerators appointments;

    /** Makes a resident, known by their e-mail address, moderator of this assembly (and a member of it). */
    public String appointModerator() {
        return Messages.perform(() -> appointments.appoint(current.viewer(), id, newModeratorEmail), "admin.moderators.appointed",
                Pages.reload(VIEW, id));
    }

    /** Ends an appointment: the person stays a member, no longer a moderator here. */
    public String dismissModerator(long participantId) {
        return Messages.perform(() -> appointments.dismiss(current.viewer(), id, participantId), "admin.moderators.dismissed",
                Pages.reload(VIEW, id));
    }

    public List<org.agorapolis.assemblies.AssemblyModerators.Appointed> getModerators() {
        return moderators;
    }

    public String getNewModeratorEmail() {
        return newModeratorEmail;
    }

    public void setNewModeratorEmail(String newModeratorEmail) {
        this.newModeratorEmail = newModeratorEmail;
    }

    /** Adds a resident, known by their e-mail address, as a member. */
    public String addMember() {
        return Messages.perform(() -> administration.addMember(id, newMemberEmail), "admin.members.added", Pages.reload(VIEW, id));
    }

    public String getNewMemberEmail() {
        return newMemberEmail;
    }

    public void setNewMemberEmail(String newMemberEmail) {
        this.newMemberEmail = newMemberEmail;
    }

    /** Sets a member's remaining invitations and relay mark. */
    public String grant(long participantId) {
        Integer remaining = grants.get(participantId);
        return Messages.perform(() -> invitations.grant(id, participantId, remaining == null ? -1 : remaining,
                Boolean.TRUE.equals(relays.get(participantId))), "admin.invitations.granted", Pages.reload(VIEW, id));
    }

    public org.agorapolis.shared.PageOf<org.agorapolis.invitations.InvitationAdministration.MemberQuota> getMembers() {
        return members;
    }

    public java.util.Map<Long, Integer> getGrants() {
        return grants;
    }

    public java.util.Map<Long, Boolean> getRelays() {
        return relays;
    }

    /** The members' list at another page. */
    public String pageLink(long number) {
        return "?id=" + id + "&members=" + number + "#members";
    }

    public List<org.agorapolis.assemblies.Meeting> getMeetings() {
        return meetings;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public void setMeetingTitle(String meetingTitle) {
        this.meetingTitle = meetingTitle;
    }

    public java.time.LocalDateTime getMeetingStartsAt() {
        return meetingStartsAt;
    }

    public void setMeetingStartsAt(java.time.LocalDateTime meetingStartsAt) {
        this.meetingStartsAt = meetingStartsAt;
    }

    public java.time.LocalDateTime getMeetingEndsAt() {
        return meetingEndsAt;
    }

    public void setMeetingEndsAt(java.time.LocalDateTime meetingEndsAt) {
        this.meetingEndsAt = meetingEndsAt;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public int getMeetingCapacity() {
        return meetingCapacity;
    }

    public void setMeetingCapacity(int meetingCapacity) {
        this.meetingCapacity = meetingCapacity;
    }

    public String getMeetingDescription() {
        return meetingDescription;
    }

    public void setMeetingDescription(String meetingDescription) {
        this.meetingDescription = meetingDescription;
    }

    /** Moves to the next phase; the button asks for confirmation first. */
    public String advance() {
        Phase next = getNextPhase();
        return Messages.perform(() -> administration.enter(id, next), "admin.assembly.phaseChanged", Pages.reload(VIEW, id));
    }

    public Phase getNextPhase() {
        return phase == null || phase.ordinal() + 1 >= Phase.values().length ? null : Phase.values()[phase.ordinal() + 1];
    }

    public List<Neighbourhood> getAllNeighbourhoods() {
        return town.neighbourhoods();
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<Long> getNeighbourhoodIds() {
        return neighbourhoodIds;
    }

    public void setNeighbourhoodIds(List<Long> neighbourhoodIds) {
        this.neighbourhoodIds = neighbourhoodIds;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getVotingOn() {
        return votingOn;
    }

    public void setVotingOn(LocalDate votingOn) {
        this.votingOn = votingOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public int getSupportsThreshold() {
        return supportsThreshold;
    }

    public void setSupportsThreshold(int supportsThreshold) {
        this.supportsThreshold = supportsThreshold;
    }

    public String getClosingMessage() {
        return closingMessage;
    }

    public void setClosingMessage(String closingMessage) {
        this.closingMessage = closingMessage;
    }
}
