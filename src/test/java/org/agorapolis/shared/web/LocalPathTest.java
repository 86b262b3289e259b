package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/account/", "/admin/index.xhtml", "/assemblies/view.xhtml?id=12&tab=proposals"})
    void orHome_keepsPathsInsideTheApplication(String path) {
        assertEquals(path, LocalPath.orHome(path));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "evil.example", "",
            "javascript:alert(1)", "/%0d%0aSet-Cookie:x", "/a b", "/<script>"})
    void orHome_sendsAnythingElseHome(String path) {
        assertEquals("/", LocalPath.orHome(path));
    }

    @Test
    void orHome_refusesOverlongPaths() {
        assertEquals("/", LocalPath.orHome("/" + "a".repeat(500)));
    }
}
