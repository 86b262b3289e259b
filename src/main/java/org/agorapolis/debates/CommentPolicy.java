package org.agorapolis.debates;

import java.time.Instant;

import org.agorapolis.shared.Decision;
import org.agorapolis.shared.security.Viewer;

/** The author edits their comment within 15 minutes and deletes it at any time; replies stop two levels deep. */
public final class CommentPolicy {

    private CommentPolicy() {
    }

    public static boolean isAuthor(Viewer viewer, Comment comment) {
        return viewer.participantId().map(id -> id == comment.getAuthorId()).orElse(false);
    }

    public static Decision reply(Comment parent, Decision inAssembly) {
        if (!parent.acceptsReplies()) {
            return Decision.refuse(parent.isDeleted() ? "comment.deleted" : "comment.tooDeep");
        }
        return inAssembly;
    }

    public static Decision edit(Viewer viewer, Comment comment, Instant now) {
        if (!isAuthor(viewer, comment)) {
            return Decision.refuse("comment.notAuthor");
        }
        if (comment.isDeleted()) {
            return Decision.refuse("comment.deleted");
        }
        if (comment.isHidden()) {
            // What moderators review must stay what was reported.
            return Decision.refuse("comment.hiddenNoEdit");
        }
        return comment.isEditableAt(now) ? Decision.ALLOWED : Decision.refuse("comment.editWindowOver");
    }

    public static Decision delete(Viewer viewer, Comment comment) {
        if (!isAuthor(viewer, comment)) {
            return Decision.refuse("comment.notAuthor");
        }
        return comment.isDeleted() ? Decision.refuse("comment.deleted") : Decision.ALLOWED;
    }
}
