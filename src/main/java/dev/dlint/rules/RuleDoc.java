package dev.dlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's documentation, {@code rules/CODE.md}: front matter (code, name, family, severity, fix,
 * aliases) and sections (What it does, Why it matters, Example, Use instead, Fix, Options).
 * Shipped in the jar; loaded only when asked for (explain, SARIF help), never at start-up.
 */
public record RuleDoc(Map<String, String> frontMatter, Map<String, String> sections, String markdown) {

    public static Optional<RuleDoc> load(String code) {
        String resource = "/dev/dlint/rules/docs/" + code + ".md";
        try (InputStream in = RuleDoc.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static RuleDoc parse(String text) {
        String t = text.replace("\r\n", "\n");
        Map<String, String> front = new LinkedHashMap<>();
        String body = t;
        if (t.startsWith("---\n")) {
            int end = t.indexOf("\n---\n", 4);
            if (end > 0) {
                for (String line : t.substring(4, end).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        front.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                    }
                }
                body = t.substring(end + 5);
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, sb.toString().strip());
                }
                current = line.substring(3).trim();
                sb.setLength(0);
            } else if (current != null) {
                sb.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, sb.toString().strip());
        }
        return new RuleDoc(front, sections, body.strip());
    }

    public List<String> aliases() {
        String v = frontMatter.getOrDefault("aliases", "[]").trim();
        if (v.startsWith("[")) {
            v = v.substring(1, v.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String a : v.split(",")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    /** The code blocks of a section, with their info strings ({@code dockerfile}, {@code sh}, ...). */
    public List<CodeBlock> codeBlocks(String section) {
        List<CodeBlock> out = new ArrayList<>();
        String s = sections.getOrDefault(section, "");
        int i = 0;
        while ((i = s.indexOf("```", i)) >= 0) {
            int infoEnd = s.indexOf('\n', i);
            int close = s.indexOf("\n```", infoEnd);
            if (infoEnd < 0 || close < 0) {
                break;
            }
            out.add(new CodeBlock(s.substring(i + 3, infoEnd).trim(), s.substring(infoEnd + 1, close + 1)));
            i = close + 4;
        }
        return out;
    }

    public record CodeBlock(String info, String code) {
    }
}
