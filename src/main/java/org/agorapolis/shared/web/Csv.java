package org.agorapolis.shared.web;

/** CSV as spreadsheets read it (RFC 4180, UTF-8, CRLF). */
public final class Csv {

    private Csv() {
    }

    /** A field: quoted, quotes doubled; a leading formula character is defused for spreadsheets. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** A line of fields, each quoted, ended by CRLF. */
    public static String line(String... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(field(values[i]));
        }
        return out.append("\r\n").toString();
    }
}
