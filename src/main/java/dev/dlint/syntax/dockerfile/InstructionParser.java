package dev.dlint.syntax.dockerfile;

import dev.dlint.source.SegmentedText;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction.Head;
import dev.dlint.syntax.dockerfile.Instruction.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BuildKit's instruction layer on one logical line: leading flags, then the arguments of each
 * instruction (JSON or shell form, whitespace-split words, ENV/LABEL pairs, ARG declarations,
 * ONBUILD's nested instruction). What BuildKit would reject is recorded as a located error, and
 * the instruction is still returned with what could be understood.
 */
final class InstructionParser {
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

    private final char escape;
    private final List<SyntaxError> errors;

    InstructionParser(char escape, List<SyntaxError> errors) {
        this.escape = escape;
        this.errors = errors;
    }

    /**
     * @param keyword   the instruction word as written
     * @param arguments the logical text after the keyword
     * @param span      the whole instruction in the file
     */
    Instruction parse(Word keyword, SegmentedText arguments, List<Heredoc> heredocs, Span span, boolean nested) {
        Optional<InstructionKind> known = InstructionKind.of(keyword.text());
        FlagScan scan = scanFlags(arguments);
        SegmentedText rest = trimmed(arguments, scan.restStart());
        if (known.isEmpty()) {
            Head head = new Head(InstructionKind.UNKNOWN, keyword, scan.flags(), heredocs, arguments, span);
            // The word as written: upper-casing would mangle it (`R\e[31mUN` is not `R\e[31MUN`).
            error(keyword.span(), "unknown instruction: " + keyword.text() + Suggestions.didYouMean(keyword.text()));
            return new Instruction.Unknown(head);
        }
        InstructionKind kind = known.get();
        Head head = new Head(kind, keyword, scan.flags(), heredocs, arguments, span);
        return switch (kind) {
            case RUN -> {
                Command c = command(rest, heredocs.isEmpty());
                if (c == null) {
                    error(keyword.span(), "RUN requires at least one argument");
                }
                yield new Instruction.Run(head, c);
            }
            case CMD -> new Instruction.Cmd(head, command(rest, true));
            case ENTRYPOINT -> new Instruction.Entrypoint(head, command(rest, true));
            case SHELL -> shell(head, rest);
            case HEALTHCHECK -> healthcheck(head, rest);
            case COPY, ADD -> copyOrAdd(head, rest);
            case ENV, LABEL -> pairs(head, rest);
            case ARG -> arg(head, rest);
            case FROM -> from(head, rest);
            case EXPOSE -> {
                List<Word> ports = splitWhitespace(rest);
                if (ports.isEmpty()) {
                    error(keyword.span(), "EXPOSE requires at least one argument");
                }
                yield new Instruction.Expose(head, ports);
            }
            case VOLUME -> volume(head, rest);
            case WORKDIR -> new Instruction.Workdir(head, single(head, rest));
            case USER -> new Instruction.User(head, single(head, rest));
            case STOPSIGNAL -> new Instruction.Stopsignal(head, single(head, rest));
            case MAINTAINER -> new Instruction.Maintainer(head, single(head, rest));
            case ONBUILD -> onbuild(head, rest, heredocs, span, nested);
            case UNKNOWN -> throw new IllegalStateException("unreachable");
        };
    }

    // ---- flags -----------------------------------------------------------------------------

    private record FlagScan(List<Flag> flags, int restStart) {
    }

    /**
     * Leading words that start with {@code --}: quotes are removed and the escape character
     * escapes the next character; a bare {@code --} ends the flags and is dropped.
     */
    private FlagScan scanFlags(SegmentedText line) {
        String s = line.text();
        List<Flag> flags = new ArrayList<>();
        int pos = 0;
        while (true) {
            while (pos < s.length() && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos + 1 >= s.length() || s.charAt(pos) != '-' || s.charAt(pos + 1) != '-') {
                return new FlagScan(flags, pos);
            }
            int start = pos;
            StringBuilder word = new StringBuilder();
            int valueStart = -1;
            char quote = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (quote == 0 && isSpace(c)) {
                    break;
                }
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == escape) {
                    if (pos + 1 < s.length()) {
                        word.append(s.charAt(++pos));
                    }
                } else {
                    if (c == '=' && valueStart < 0 && quote == 0) {
                        valueStart = pos + 1;
                    }
                    word.append(c);
                }
                pos++;
            }
            String w = word.toString();
            if (w.equals("--")) {
                return new FlagScan(flags, pos);
            }
            int eq = w.indexOf('=');
            String name = eq < 0 ? w.substring(2) : w.substring(2, eq);
            String value = eq < 0 ? null : w.substring(eq + 1);
            Span span = line.toSource(start, pos);
            Span valueSpan = valueStart < 0 ? Span.empty(span.end()) : line.toSource(valueStart, pos);
            flags.add(new Flag(name, value, span, valueSpan));
        }
    }

    // ---- commands --------------------------------------------------------------------------

    /** JSON exec form when the whole rest is a JSON array of strings, else shell form; null when empty. */
    private Command command(SegmentedText rest, boolean jsonAllowed) {
        if (rest.text().isEmpty()) {
            return null;
        }
        if (jsonAllowed && rest.text().startsWith("[")) {
            JsonArray.Result json = JsonArray.parse(rest.text());
            switch (json.outcome()) {
                case STRINGS -> {
                    return new Command.ExecForm(words(rest, json.elements()), rest.toSource(0, rest.text().length()));
                }
                case NOT_STRINGS -> error(rest.toSource(0, rest.text().length()),
                        "when using JSON array syntax, arrays must be comprised of strings only");
                case INVALID -> {
                    // BuildKit silently treats invalid JSON as shell form.
                }
            }
        }
        return new Command.ShellForm(rest, rest.toSource(0, rest.text().length()));
    }

    private static List<Word> words(SegmentedText rest, List<JsonArray.Element> elements) {
        List<Word> out = new ArrayList<>(elements.size());
        for (JsonArray.Element e : elements) {
            out.add(new Word(e.value(), rest.toSource(e.start(), e.end())));
        }
        return out;
    }

    private Instruction shell(Head head, SegmentedText rest) {
        if (rest.text().startsWith("[")) {
            JsonArray.Result json = JsonArray.parse(rest.text());
            if (json.outcome() == JsonArray.Outcome.STRINGS) {
                if (json.elements().isEmpty()) {
                    error(head.keyword().span(), "SHELL requires at least one argument");
                }
                return new Instruction.Shell(head, words(rest, json.elements()));
            }
            if (json.outcome() == JsonArray.Outcome.NOT_STRINGS) {
                error(whole(rest, head), "when using JSON array syntax, arrays must be comprised of strings only");
                return new Instruction.Shell(head, List.of());
            }
        }
        error(whole(rest, head), "SHELL requires the arguments to be in JSON form");
        return new Instruction.Shell(head, List.of());
    }

    private Instruction healthcheck(Head head, SegmentedText rest) {
        if (rest.text().isEmpty()) {
            return new Instruction.Healthcheck(head, null, null);
        }
        int typeEnd = 0;
        while (typeEnd < rest.text().length() && !isSpace(rest.text().charAt(typeEnd))) {
            typeEnd++;
        }
        Word type = new Word(rest.text().substring(0, typeEnd), rest.toSource(0, typeEnd));
        SegmentedText cmd = trimmed(rest, typeEnd);
        String t = type.text().toUpperCase(Locale.ROOT);
        if (t.equals("NONE")) {
            if (!cmd.text().isEmpty()) {
                error(whole(cmd, head), "HEALTHCHECK NONE takes no arguments");
            }
            return new Instruction.Healthcheck(head, type, null);
        }
        if (!t.equals("CMD")) {
            error(type.span(), "Unknown type \"" + type.text() + "\" in HEALTHCHECK (try CMD)");
            return new Instruction.Healthcheck(head, type, new Command.ShellForm(cmd, whole(cmd, head)));
        }
        Command c = command(cmd, true);
        if (c == null) {
            error(type.span(), "Missing command after HEALTHCHECK CMD");
        }
        return new Instruction.Healthcheck(head, type, c);
    }

    // ---- files -----------------------------------------------------------------------------

    private Instruction copyOrAdd(Head head, SegmentedText rest) {
        boolean json = false;
        List<Word> args = null;
        if (rest.text().startsWith("[") && head.heredocs().isEmpty()) {
            JsonArray.Result r = JsonArray.parse(rest.text());
            if (r.outcome() == JsonArray.Outcome.STRINGS) {
                args = words(rest, r.elements());
                json = true;
            } else if (r.outcome() == JsonArray.Outcome.NOT_STRINGS) {
                error(whole(rest, head), "when using JSON array syntax, arrays must be comprised of strings only");
                args = List.of();
            }
        }
        if (args == null) {
            args = splitWhitespace(rest);
        }
        String name = head.kind().name();
        if (args.size() < 2) {
            error(args.isEmpty() ? head.keyword().span() : args.get(0).span(),
                    name + " requires at least two arguments, but only " + args.size()
                            + (args.size() == 1 ? " was" : " were") + " provided. Destination could not be determined.");
            List<Word> sources = args;
            return head.kind() == InstructionKind.COPY
                    ? new Instruction.Copy(head, sources, null, json)
                    : new Instruction.Add(head, sources, null, json);
        }
        Word dest = args.get(args.size() - 1);
        if (dest.text().startsWith("<<") && !head.heredocs().isEmpty()) {
            error(dest.span(), name + " cannot accept a heredoc as a destination");
        }
        List<Word> sources = List.copyOf(args.subList(0, args.size() - 1));
        return head.kind() == InstructionKind.COPY
                ? new Instruction.Copy(head, sources, dest, json)
                : new Instruction.Add(head, sources, dest, json);
    }

    private Instruction volume(Head head, SegmentedText rest) {
        List<Word> paths = null;
        boolean json = false;
        if (rest.text().startsWith("[")) {
            JsonArray.Result r = JsonArray.parse(rest.text());
            if (r.outcome() == JsonArray.Outcome.STRINGS) {
                paths = words(rest, r.elements());
                json = true;
            } else if (r.outcome() == JsonArray.Outcome.NOT_STRINGS) {
                error(whole(rest, head), "when using JSON array syntax, arrays must be comprised of strings only");
                paths = List.of();
            }
        }
        if (paths == null) {
            paths = splitWhitespace(rest);
        }
        if (paths.isEmpty()) {
            error(head.keyword().span(), "VOLUME requires at least one argument");
        }
        for (Word p : paths) {
            if (p.text().isBlank()) {
                error(p.span(), "VOLUME specified can not be an empty string");
            }
        }
        return new Instruction.Volume(head, paths, json);
    }

    // ---- stages ----------------------------------------------------------------------------

    private Instruction from(Head head, SegmentedText rest) {
        List<Word> args = splitWhitespace(rest);
        if (args.isEmpty()) {
            error(head.keyword().span(), "FROM requires either one or three arguments");
            return new Instruction.From(head, null, null, null);
        }
        Word image = args.get(0);
        Word as = null;
        Word stage = null;
        if (args.size() == 3 && args.get(1).text().equalsIgnoreCase("AS")) {
            as = args.get(1);
            stage = args.get(2);
            String lower = stage.text().toLowerCase(Locale.ROOT);
            if (!STAGE_NAME.matcher(lower).matches() && !stage.text().contains("$")) {
                error(stage.span(), "invalid name for build stage: \"" + stage.text()
                        + "\", name can't start with a number or contain symbols");
            }
        } else if (args.size() != 1) {
            Span extra = args.get(1).span().union(args.get(args.size() - 1).span());
            error(extra, "FROM requires either one or three arguments (FROM image [AS name])");
        }
        return new Instruction.From(head, image, as, stage);
    }

    // ---- variables and metadata ------------------------------------------------------------

    private Instruction pairs(Head head, SegmentedText rest) {
        String name = head.kind().name();
        List<Range> words = quoteAwareWords(rest.text());
        List<KeyValue> pairs = new ArrayList<>();
        if (words.isEmpty()) {
            error(head.keyword().span(), name + " requires at least one argument");
        } else if (!words.get(0).text(rest).contains("=")) {
            Word key = words.get(0).word(rest);
            SegmentedText value = trimmed(rest, words.get(0).end());
            if (value.text().isEmpty()) {
                error(key.span(), name + " must have two arguments");
            } else {
                Word v = new Word(value.text(), value.toSource(0, value.text().length()));
                pairs.add(new KeyValue(key, v, key.span().union(v.span()), true));
            }
        } else {
            for (Range r : words) {
                Word w = r.word(rest);
                int eq = w.text().indexOf('=');
                if (eq < 0) {
                    error(w.span(), "Syntax error - can't find = in \"" + w.text()
                            + "\". Must be of the form: name=value");
                    continue;
                }
                if (eq == 0) {
                    error(w.span(), name + " names can not be blank");
                }
                Word key = new Range(r.start(), r.start() + eq).word(rest);
                Word value = new Range(r.start() + eq + 1, r.end()).word(rest);
                pairs.add(new KeyValue(key, value, w.span(), false));
            }
        }
        return head.kind() == InstructionKind.ENV ? new Instruction.Env(head, pairs) : new Instruction.Label(head, pairs);
    }

    private Instruction arg(Head head, SegmentedText rest) {
        List<Range> words = quoteAwareWords(rest.text());
        if (words.isEmpty()) {
            error(head.keyword().span(), "ARG requires at least one argument");
        }
        List<Instruction.ArgDeclaration> decls = new ArrayList<>();
        for (Range r : words) {
            Word w = r.word(rest);
            int eq = w.text().indexOf('=');
            if (eq == 0) {
                error(w.span(), "ARG names can not be blank");
            }
            if (eq < 0) {
                decls.add(new Instruction.ArgDeclaration(w, null, w.span()));
            } else {
                Word name = new Range(r.start(), r.start() + eq).word(rest);
                Word value = new Range(r.start() + eq + 1, r.end()).word(rest);
                decls.add(new Instruction.ArgDeclaration(name, value, w.span()));
            }
        }
        return new Instruction.Arg(head, decls);
    }

    private Word single(Head head, SegmentedText rest) {
        if (rest.text().isEmpty()) {
            error(head.keyword().span(), head.kind().name() + " requires exactly one argument");
            return null;
        }
        return new Word(rest.text(), rest.toSource(0, rest.text().length()));
    }

    private Instruction onbuild(Head head, SegmentedText rest, List<Heredoc> heredocs, Span span, boolean nested) {
        if (rest.text().isEmpty()) {
            error(head.keyword().span(), "ONBUILD requires at least one argument");
            return new Instruction.Onbuild(head, null);
        }
        int end = 0;
        while (end < rest.text().length() && !isSpace(rest.text().charAt(end))) {
            end++;
        }
        Word keyword = new Word(rest.text().substring(0, end), rest.toSource(0, end));
        String k = keyword.text().toUpperCase(Locale.ROOT);
        if (k.equals("ONBUILD")) {
            error(keyword.span(), "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        } else if (k.equals("FROM") || k.equals("MAINTAINER")) {
            error(keyword.span(), k + " isn't allowed as an ONBUILD trigger");
        }
        if (nested) {
            return new Instruction.Onbuild(head, null);
        }
        Instruction trigger = parse(keyword, rest.slice(end, rest.text().length()), heredocs, span, true);
        return new Instruction.Onbuild(head, trigger);
    }

    // ---- word splitting --------------------------------------------------------------------

    /** BuildKit's whitespace split for FROM, EXPOSE and non-JSON COPY/ADD/VOLUME: quotes are not special. */
    private static List<Word> splitWhitespace(SegmentedText rest) {
        String s = rest.text();
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Word(s.substring(start, i), rest.toSource(start, i)));
            }
        }
        return out;
    }

    /**
     * BuildKit's word split for ENV, LABEL and ARG: whitespace outside quotes separates words;
     * quotes are kept in the word; the escape character keeps itself and the next character
     * (so an escaped blank does not split), except inside single quotes.
     */
    private List<Range> quoteAwareWords(String s) {
        List<Range> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quote == 0 && isSpace(c)) {
                    break;
                }
                if (c == escape && quote != '\'' && i + 1 < s.length()) {
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            }
            out.add(new Range(start, i));
        }
        return out;
    }

    /** Offsets of a piece of a logical line. */
    private record Range(int start, int end) {
        String text(SegmentedText line) {
            return line.text().substring(start, end);
        }

        Word word(SegmentedText line) {
            return new Word(text(line), line.toSource(start, end));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The text from {@code from}, with surrounding whitespace removed, still mapped to the file. */
    private static SegmentedText trimmed(SegmentedText text, int from) {
        String s = text.text();
        int start = Math.min(from, s.length());
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        int end = s.length();
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return text.slice(start, end);
    }

    private static Span whole(SegmentedText rest, Head head) {
        return rest.text().isEmpty() ? head.keyword().span() : rest.toSource(0, rest.text().length());
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\r' || c == '\n';
    }

    private void error(Span span, String message) {
        errors.add(new SyntaxError(message, span));
    }
}
