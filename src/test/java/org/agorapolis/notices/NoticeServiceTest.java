package org.agorapolis.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoticeServiceTest {

    @Test
    void aDisplayNameCannotAddAHeaderLineToTheSubject() {
        assertEquals("Eve Bcc: victim@example.org a rejoint", NoticeService.oneLine("Eve\r\nBcc: victim@example.org a rejoint"));
        assertEquals("a b", NoticeService.oneLine("\ta\n\nb "));
    }

    @Test
    void aWarningOrASuspensionAboutAProfileNamesNoAssembly() {
        java.time.Instant now = java.time.Instant.now();
        assertEquals("notice.WARNED", new NoticeService.Notice(1, NoticeKind.WARNED, 7L, "Parc", "SPAM", now, false).getMessageKey());
        assertEquals("notice.WARNED.profile", new NoticeService.Notice(1, NoticeKind.WARNED, null, null, "SPAM", now, false).getMessageKey());
        assertEquals("notice.SUSPENDED.profile", new NoticeService.Notice(1, NoticeKind.SUSPENDED, null, null, "SPAM:7", now, false).getMessageKey());
        assertEquals("notice.PROFILE_HIDDEN", new NoticeService.Notice(1, NoticeKind.PROFILE_HIDDEN, null, null, "INSULT", now, false).getMessageKey());
        assertEquals("notice.SUSPENDED_HERE", new NoticeService.Notice(1, NoticeKind.SUSPENDED_HERE, 7L, "Parc", "SPAM:7", now, false).getMessageKey());
    }
}
