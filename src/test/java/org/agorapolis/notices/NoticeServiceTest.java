package org.agorapolis.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoticeServiceTest {

    @Test
    void aDisplayNameCannotAddAHeaderLineToTheSubject() {
        assertEquals("Eve Bcc: victim@example.org a rejoint", NoticeService.oneLine("Eve\r\nBcc: victim@example.org a rejoint"));
        assertEquals("a b", NoticeService.oneLine("\ta\n\nb "));
    }
}
