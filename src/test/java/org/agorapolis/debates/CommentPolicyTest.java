package org.agorapolis.debates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.agorapolis.shared.Decision;
import org.agorapolis.shared.security.Roles;
import org.agorapolis.shared.security.Viewer;
import org.junit.jupiter.api.Test;

class CommentPolicyTest {

    private static final Viewer AUTHOR = Viewer.participant(7, Set.of(Roles.RESIDENT));
    private static final Viewer NEIGHBOUR = Viewer.participant(8, Set.of(Roles.RESIDENT));
    private static final Instant WRITTEN = Instant.parse("2026-11-25T10:00:00Z");

    private static Comment comment(Comment parent) {
        return new Comment(1, null, parent, 7, "Bonne idée", WRITTEN);
    }

    @Test
    void edit_isForTheAuthorDuringFifteenMinutes() {
        Comment comment = comment(null);

        assertTrue(CommentPolicy.edit(AUTHOR, comment, WRITTEN.plus(Duration.ofMinutes(14))).isAllowed());
        assertEquals("comment.editWindowOver", CommentPolicy.edit(AUTHOR, comment, WRITTEN.plus(Duration.ofMinutes(15))).refusal());
        assertEquals("comment.notAuthor", CommentPolicy.edit(NEIGHBOUR, comment, WRITTEN).refusal());
    }

    @Test
    void delete_isForTheAuthorAtAnyTime() {
        assertTrue(CommentPolicy.delete(AUTHOR, comment(null)).isAllowed());
        assertEquals("comment.notAuthor", CommentPolicy.delete(NEIGHBOUR, comment(null)).refusal());
        assertEquals("comment.notAuthor", CommentPolicy.delete(Viewer.ANONYMOUS, comment(null)).refusal());
    }

    @Test
    void reply_goesTwoLevelsDeepAndNoFurther() {
        Comment top = comment(null);
        Comment reply = comment(top);
        Comment replyToReply = comment(reply);

        assertEquals(2, replyToReply.getDepth());
        assertTrue(CommentPolicy.reply(top, Decision.ALLOWED).isAllowed());
        assertTrue(CommentPolicy.reply(reply, Decision.ALLOWED).isAllowed());
        assertEquals("comment.tooDeep", CommentPolicy.reply(replyToReply, Decision.ALLOWED).refusal());
        assertEquals("assembly.membersOnly", CommentPolicy.reply(top, Decision.refuse("assembly.membersOnly")).refusal());
    }
}
