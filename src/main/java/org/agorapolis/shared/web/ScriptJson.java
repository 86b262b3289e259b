package org.agorapolis.shared.web;

/** JSON text safe to place inside a page's script (charts): quotes, backslashes, controls and "&lt;" escaped. */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
