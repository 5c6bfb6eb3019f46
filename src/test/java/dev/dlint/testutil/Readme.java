package dev.dlint.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's sections and fenced code blocks, so that tests run the snippets users copy. */
public final class Readme {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

    /** A fenced block: its language tag and text (ending with a newline). */
    public record Block(String lang, String text) {
    }

    private Readme() {
    }

    public static String text() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A section from its heading ({@code ## Name} or {@code ### Name}) to the next heading of the same or a higher level. */
    public static String section(String heading) {
        String text = text();
        Matcher h = Pattern.compile("(?m)^(#{2,4}) " + Pattern.quote(heading) + "\\n").matcher(text);
        if (!h.find()) {
            throw new AssertionError("README has no section '" + heading + "'");
        }
        int level = h.group(1).length();
        Matcher next = Pattern.compile("(?m)^#{2," + level + "} ").matcher(text);
        int end = next.find(h.end()) ? next.start() : text.length();
        // A '#' line inside a code block is not a heading: skip past fences.
        while (end < text.length() && insideFence(text, h.end(), end)) {
            end = next.find(end + 1) ? next.start() : text.length();
        }
        return text.substring(h.end(), end);
    }

    private static boolean insideFence(String text, int from, int at) {
        Matcher fences = Pattern.compile("(?m)^```").matcher(text.substring(from, at));
        int n = 0;
        while (fences.find()) {
            n++;
        }
        return n % 2 == 1;
    }

    public static List<Block> blocks(String sectionText) {
        List<Block> out = new ArrayList<>();
        Matcher m = FENCE.matcher(sectionText);
        while (m.find()) {
            out.add(new Block(m.group(1), m.group(2)));
        }
        return out;
    }
}
