package org.agorapolis.debates.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.debates.Comment;
import org.agorapolis.debates.CommentPolicy;
import org.agorapolis.debates.CommentService;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;

/** The debate shown at the bottom of an assembly's or a proposal's page. */
@Named
@ViewScoped
public class DebateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CommentService comments;

    @Inject
    CurrentParticipant current;

    private CommentService.Debate debate;
    private PageOf<CommentService.Entry> page;
    private boolean canComment;
    private String body;
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, String> edits = new HashMap<>();
    // One report is sent at a time (one form per comment, one form posted): one form's values.
    private final org.agorapolis.moderation.web.FlagForm report = new org.agorapolis.moderation.web.FlagForm();

    @Inject
    transient org.agorapolis.moderation.ModerationService moderation;

    /** Called by the page's own backing bean, which knows where the debate is. */
    public void open(CommentService.Debate where) {
        this.debate = where;
        this.page = comments.thread(current.viewer(), where, RequestParameters.number("debate", 1));
        this.canComment = comments.commentable(current.viewer(), where).isAllowed();
        page.items().forEach(e -> edits.put(e.comment().getId(), e.comment().getBody()));
    }

    public String post() {
        return act(() -> comments.post(current.viewer(), debate, null, body), "comment.posted");
    }

    public String reply(long parentId) {
        return act(() -> comments.post(current.viewer(), debate, parentId, replies.get(parentId)), "comment.posted");
    }

    public String edit(long commentId) {
        return act(() -> comments.edit(current.viewer(), commentId, edits.get(commentId)), "comment.saved");
    }

    public String delete(long commentId) {
        return act(() -> comments.delete(current.viewer(), commentId), "comment.removed");
    }

    public String flag(long commentId) {
        return act(() -> report.send(moderation, current.viewer(), org.agorapolis.moderation.ItemKind.COMMENT, commentId), "moderation.flag.done");
    }

    /** Signed-in participants flag others' visible comments; the server decides again. */
    public boolean canFlag(Comment comment) {
        return current.isSignedIn() && !comment.isDeleted() && !comment.isHidden()
                && current.participantId().map(me -> me != comment.getAuthorId()).orElse(false);
    }

    /** The page's report form. */
    public org.agorapolis.moderation.web.FlagForm getReport() {
        return report;
    }

    private String act(Runnable action, String doneKey) {
        String view = debate.proposalId() == null ? "/assemblies/view.xhtml" : "/proposals/view.xhtml";
        return Messages.perform(action, doneKey, Pages.reload(view, debate.proposalId() == null ? debate.assemblyId() : debate.proposalId()));
    }

    /**
     * The comments of the page. Read when the view is built (the page repeats them with c:forEach):
     * a view restored with a bean that has not opened its debate yet has none.
     */
    public List<CommentService.Entry> getEntries() {
        return page == null ? List.of() : page.items();
    }

    public PageOf<CommentService.Entry> getPage() {
        return page;
    }

    /** The query string of this debate at another page (newest conversations on page 1). */
    public String pageLink(long number) {
        long id = debate.proposalId() == null ? debate.assemblyId() : debate.proposalId();
        return "?id=" + id + "&debate=" + number + "#debate";
    }

    public boolean isCanComment() {
        return canComment;
    }

    public boolean canReply(Comment comment) {
        return canComment && comment.acceptsReplies();
    }

    public boolean canEdit(Comment comment) {
        return CommentPolicy.edit(current.viewer(), comment, Instant.now()).isAllowed();
    }

    public boolean canDelete(Comment comment) {
        return CommentPolicy.delete(current.viewer(), comment).isAllowed();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Map<Long, String> getEdits() {
        return edits;
    }

    public int getMaxLength() {
        return Comment.BODY_MAX;
    }
}
