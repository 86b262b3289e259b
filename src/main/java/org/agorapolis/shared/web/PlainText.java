package org.agorapolis.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Shows text that people typed: every character that means something in HTML is encoded, line
 * breaks are kept, and web addresses become links that open no door to the page
 * ({@code rel="nofollow ugc noopener noreferrer"}).
 */
@Named
@ApplicationScoped
public class PlainText {

    // Applied to already-encoded text: '&' may appear as &amp; inside the address.
    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://[^\\s<>\"']{1,2000}", Pattern.CASE_INSENSITIVE);

    public String html(String text) {
        return toHtml(text);
    }

    public static String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String encoded = encode(text);
        Matcher matcher = ADDRESS.matcher(encoded);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String address = trimTrailingPunctuation(matcher.group());
            String rest = matcher.group().substring(address.length());
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + address + "\" rel=\"nofollow ugc noopener noreferrer\">" + address + "</a>" + rest));
        }
        matcher.appendTail(out);
        return out.toString().replace("\n", "<br/>");
    }

    private static String trimTrailingPunctuation(String address) {
        int end = address.length();
        while (end > 0 && ".,;:!?)".indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
