package dev.dlint.model.requirements;

import dev.dlint.model.requirements.RequirementsParser.Token;
import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement part of a line: PEP 508 ({@code name[extras] (specifiers) ; marker},
 * {@code name[extras] @ url ; marker}) or a bare URL, path or archive, then its per-line options.
 */
final class RequirementText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern OPERATOR = Pattern.compile("===|==|~=|!=|<=|>=|<|>");
    private static final Pattern VERSION = Pattern.compile("[^\\s,;()]+");
    private static final Pattern PATH_EXTRAS = Pattern.compile("^(.+?)(\\[[^\\]]+])$");

    private final LogicalLine line;
    private final String text;
    private final int end;
    private int pos;

    private RequirementText(LogicalLine line, int start, int end) {
        this.line = line;
        this.text = line.text();
        this.pos = start;
        this.end = end;
    }

    /** Signals text that is not a requirement; becomes an {@link Unparsed} entry. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Facts gathered before the record is built. */
    private static final class Draft {
        String name = "";
        Span nameSpan;
        List<String> extras = List.of();
        List<Specifier> specifiers = new ArrayList<>();
        Optional<String> marker = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> vcsRef = Optional.empty();
    }

    static RequirementLine parse(LogicalLine line, int start, int end, List<Token> options, List<String> envVars,
                                 boolean editable) {
        RequirementText parser = new RequirementText(line, start, end);
        List<String> hashes = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String[] problem = new String[1];
        for (int i = 0; i < options.size(); ) {
            OptionLine.Parsed parsed = OptionLine.read(options, i, problem);
            if (parsed == null) {
                Token token = options.get(i);
                return new Unparsed(line.text().substring(start, token.end()), line.span(), problem[0]);
            }
            i += parsed.end() > options.get(i).end() ? 2 : 1;
            if (parsed.option().name().equals("--hash")) {
                hashes.add(parsed.value());
            } else {
                // pip accepts file-wide options here and ignores them; keep them for rules.
                other.add(line.text().substring(parsed.start(), parsed.end()));
            }
        }
        try {
            Draft d = editable ? parser.editable() : parser.requirement();
            return new Requirement(d.name, d.extras, d.specifiers, d.marker, d.url, d.vcsRef, editable, hashes, other,
                    envVars, line.span(), d.nameSpan);
        } catch (Invalid e) {
            return new Unparsed(line.text().substring(start, end), line.span(), e.getMessage());
        }
    }

    private Draft requirement() throws Invalid {
        Matcher name = NAME.matcher(text).region(pos, end);
        if (name.lookingAt() && !RequirementUrls.isArchive(name.group()) && startsPep508(name.end())) {
            return pep508(name);
        }
        return urlOrPath(false);
    }

    /** A name is PEP 508 only if what follows can continue a requirement (not {@code /}, {@code :}, {@code +}). */
    private boolean startsPep508(int after) {
        int i = skipSpaces(after);
        return i >= end || "[@(;=<>!~,".indexOf(text.charAt(i)) >= 0;
    }

    private Draft editable() throws Invalid {
        Matcher name = NAME.matcher(text).region(pos, end);
        if (name.lookingAt() && name.end() == end && !RequirementUrls.isArchive(name.group())) {
            throw new Invalid("-e needs a path or VCS URL, not a package name");
        }
        return urlOrPath(true);
    }

    private Draft pep508(Matcher name) throws Invalid {
        Draft d = new Draft();
        d.name = name.group();
        d.nameSpan = line.spanOf(name.start(), name.end());
        pos = skipSpaces(name.end());
        if (pos < end && text.charAt(pos) == '[') {
            d.extras = extras();
            pos = skipSpaces(pos);
        }
        if (pos < end && text.charAt(pos) == '@') {
            pos = skipSpaces(pos + 1);
            int urlStart = pos;
            while (pos < end && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (urlStart == pos) {
                throw new Invalid("expected a URL after '@'");
            }
            String url = text.substring(urlStart, pos);
            d.url = Optional.of(url);
            d.vcsRef = RequirementUrls.isVcs(url) ? RequirementUrls.vcsRef(url) : Optional.empty();
            pos = skipSpaces(pos);
        } else {
            specifiers(d);
        }
        marker(d);
        return d;
    }

    private List<String> extras() throws Invalid {
        int close = text.indexOf(']', pos);
        if (close < 0 || close >= end) {
            throw new Invalid("missing ']' after extras");
        }
        List<String> extras = new ArrayList<>();
        String inner = text.substring(pos + 1, close).strip();
        if (!inner.isEmpty()) {
            for (String extra : inner.split(",")) {
                String e = extra.strip();
                if (!NAME.matcher(e).matches()) {
                    throw new Invalid("invalid extra '" + e + "'");
                }
                extras.add(e);
            }
        }
        pos = close + 1;
        return extras;
    }

    private void specifiers(Draft d) throws Invalid {
        boolean parenthesised = pos < end && text.charAt(pos) == '(';
        if (parenthesised) {
            pos = skipSpaces(pos + 1);
        }
        while (pos < end) {
            Matcher op = OPERATOR.matcher(text).region(pos, end);
            if (!op.lookingAt()) {
                break;
            }
            int versionStart = skipSpaces(op.end());
            Matcher version = VERSION.matcher(text).region(versionStart, end);
            if (!version.lookingAt()) {
                throw new Invalid("missing version after '" + op.group() + "'");
            }
            d.specifiers.add(new Specifier(op.group(), version.group(), line.spanOf(pos, version.end())));
            pos = skipSpaces(version.end());
            if (pos < end && text.charAt(pos) == ',') {
                pos = skipSpaces(pos + 1);
            } else {
                break;
            }
        }
        if (parenthesised) {
            if (pos >= end || text.charAt(pos) != ')') {
                throw new Invalid("missing ')' after version specifiers");
            }
            pos = skipSpaces(pos + 1);
        }
    }

    private void marker(Draft d) throws Invalid {
        if (pos < end && text.charAt(pos) == ';') {
            String marker = text.substring(pos + 1, end).strip();
            if (marker.isEmpty()) {
                throw new Invalid("empty environment marker after ';'");
            }
            d.marker = Optional.of(marker);
            pos = end;
        }
        if (pos < end) {
            throw new Invalid("unexpected '" + text.substring(pos, end) + "'");
        }
    }

    /**
     * A URL, path or archive: pip takes a marker only after {@code "; "} here, the package name
     * from {@code #egg=} or the wheel file name, and extras from a trailing {@code [..]} on a path.
     */
    private Draft urlOrPath(boolean editable) throws Invalid {
        Draft d = new Draft();
        int tokenEnd = text.indexOf("; ", pos);
        if (tokenEnd < 0 || tokenEnd >= end) {
            tokenEnd = end;
        } else {
            String marker = text.substring(tokenEnd + 2, end).strip();
            if (marker.isEmpty()) {
                throw new Invalid("empty environment marker after ';'");
            }
            d.marker = Optional.of(marker);
        }
        while (tokenEnd > pos && Character.isWhitespace(text.charAt(tokenEnd - 1))) {
            tokenEnd--;
        }
        String url = text.substring(pos, tokenEnd);
        if (url.chars().anyMatch(Character::isWhitespace)) {
            throw new Invalid("unexpected text after '" + url.split("\\s")[0] + "'");
        }
        if (!editable && !RequirementUrls.hasScheme(url) && !looksLikePath(url)) {
            throw new Invalid("not a requirement, URL or path: '" + url + "'");
        }
        int urlEnd = tokenEnd;
        if (!RequirementUrls.hasScheme(url)) {
            Matcher extras = PATH_EXTRAS.matcher(url);
            if (extras.matches()) {
                int bracket = pos + extras.end(1);
                url = extras.group(1);
                urlEnd = bracket;
                int save = pos;
                pos = bracket;
                d.extras = extras();
                pos = save;
            }
        }
        d.url = Optional.of(url);
        d.nameSpan = line.spanOf(pos, urlEnd);
        Optional<String> egg = RequirementUrls.egg(url);
        if (egg.isPresent()) {
            String eggName = egg.get();
            int eggStart = pos + url.indexOf("egg=") + 4;
            Matcher extras = PATH_EXTRAS.matcher(eggName);
            if (extras.matches()) {
                eggName = extras.group(1);
                int save = pos;
                pos = eggStart + eggName.length();
                d.extras = extras();
                pos = save;
            }
            d.name = eggName;
            d.nameSpan = line.spanOf(eggStart, eggStart + eggName.length());
        } else {
            RequirementUrls.wheelName(url).ifPresent(name -> d.name = name);
        }
        if (RequirementUrls.isVcs(url)) {
            d.vcsRef = RequirementUrls.vcsRef(url);
        } else if (!editable && url.isEmpty()) {
            throw new Invalid("empty requirement");
        }
        return d;
    }

    /** pip's test: a separator, a leading dot, or an archive file name. */
    private static boolean looksLikePath(String text) {
        return text.contains("/") || text.contains("\\") || text.startsWith(".") || text.startsWith("~")
                || RequirementUrls.isArchive(text);
    }

    private int skipSpaces(int i) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
