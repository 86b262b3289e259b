package org.agorapolis.invitations.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyAdministration;
import org.agorapolis.invitations.InvitationNetwork;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;

/**
 * {@code /admin/invitations/?assembly=[&node=]}: the assembly's invitation tree for moderators,
 * pseudonymised: alerts, flagged redemptions, the roots and their branches, one member's subtree.
 */
@Named
@ViewScoped
public class NetworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationNetwork network;

    @Inject
    transient AssemblyAdministration assemblies;

    private long assemblyId;
    private String assemblyTitle;
    private List<InvitationNetwork.Alert> alerts = List.of();
    private List<InvitationNetwork.Node> flagged = List.of();
    private PageOf<InvitationNetwork.Node> roots;
    private InvitationNetwork.Subtree subtree;
    private boolean unknownNode;
    private long unusedInvitations;
    private Integer days = 7;

    @Inject
    org.agorapolis.shared.security.CurrentParticipant current;

    public void load() {
        try {
            Assembly assembly = assemblies.get(RequestParameters.id("assembly").orElseThrow(() -> new NotFoundException("assembly.notFound")));
            assemblyId = assembly.getId();
            assemblyTitle = assembly.getTitle();
        } catch (NotFoundException unknown) {
            Pages.notFound();
            return;
        } catch (org.agorapolis.shared.NotAllowedException notTheirs) {
            Pages.forbidden();
            return;
        }
        var node = RequestParameters.text("node").filter(n -> n.matches("M-[0-9A-F]{8}"));
        if (RequestParameters.text("node").isPresent()) {
            subtree = node.flatMap(n -> network.subtree(assemblyId, n)).orElse(null);
            unknownNode = subtree == null;
            if (subtree != null) {
                unusedInvitations = network.unusedInvitations(assemblyId, subtree.node().pseudonym());
                // Opened from a reported item: the author's first level by name, if this node is that author.
                names = RequestParameters.id("case").map(c -> network.namesAroundReportedAuthor(assemblyId, c))
                        .filter(n -> n.containsKey(subtree.node().pseudonym())).map(java.util.HashMap::new).orElseGet(java.util.HashMap::new);
            }
        } else {
            alerts = network.alerts(assemblyId);
            flagged = network.flagged(assemblyId);
            roots = network.roots(assemblyId, RequestParameters.number("page", 1));
        }
    }

    private String back() {
        return "/admin/invitations/index.xhtml?faces-redirect=true&assembly=" + assemblyId + "&node=" + subtree.node().pseudonym();
    }

    public String suspendSubtree() {
        int period = days == null ? 0 : days;
        return org.agorapolis.shared.web.Messages.perform(() -> network.suspendSubtree(current.viewer(), assemblyId, subtree.node().pseudonym(), period),
                "network.subtreeSuspended", back());
    }

    public String revokeSubtree() {
        return org.agorapolis.shared.web.Messages.perform(() -> network.revokeSubtree(current.viewer(), assemblyId, subtree.node().pseudonym()),
                "network.subtreeRevoked", back());
    }

    private java.util.HashMap<String, String> names = new java.util.HashMap<>();

    /** Display names of the reported author's first level, by pseudonym (empty when browsing the tree). */
    public java.util.Map<String, String> getNames() {
        return names;
    }

    public long getUnusedInvitations() {
        return unusedInvitations;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String pageLink(int number) {
        return "?assembly=" + assemblyId + "&page=" + number;
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public String getAssemblyTitle() {
        return assemblyTitle;
    }

    public List<InvitationNetwork.Alert> getAlerts() {
        return alerts;
    }

    public List<InvitationNetwork.Node> getFlagged() {
        return flagged;
    }

    public PageOf<InvitationNetwork.Node> getRoots() {
        return roots;
    }

    public InvitationNetwork.Subtree getSubtree() {
        return subtree;
    }

    public boolean isUnknownNode() {
        return unknownNode;
    }
}
