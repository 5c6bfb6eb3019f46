package dev.dlint.model.commands;

import dev.dlint.source.Span;
import dev.dlint.syntax.shell.Word;
import dev.dlint.syntax.shell.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helpers over shell words: the literal text a word starts or ends with (even when the rest is
 * expanded at run time), and the pieces of a word after or before such literal text, as words with
 * spans (the value of {@code --index-url=https://x}, the venv directory of {@code $V/bin/activate}).
 */
final class Words {
    private Words() {
    }

    /** The literal value of the leading parts that are not expanded at run time ({@code "--x="} of {@code --x=$Y}). */
    static String leadingLiteral(Word w) {
        StringBuilder sb = new StringBuilder();
        for (WordPart p : flat(w.parts())) {
            Optional<String> v = p.literalValue();
            if (v.isEmpty()) {
                break;
            }
            sb.append(v.get());
        }
        return sb.toString();
    }

    /**
     * The parts with double-quoted strings that hold expansions opened up ({@code "torch==$V"} reads as
     * {@code torch==} then {@code $V}), so literal text at their start is seen.
     */
    private static List<WordPart> flat(List<WordPart> parts) {
        List<WordPart> out = new ArrayList<>();
        for (WordPart p : parts) {
            if (p instanceof WordPart.DoubleQuoted dq && dq.literalValue().isEmpty()) {
                out.addAll(dq.parts());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The literal value of the trailing parts that are not expanded at run time. */
    static String trailingLiteral(Word w) {
        StringBuilder sb = new StringBuilder();
        List<WordPart> parts = w.parts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            Optional<String> v = parts.get(i).literalValue();
            if (v.isEmpty()) {
                break;
            }
            sb.insert(0, v.get());
        }
        return sb.toString();
    }

    /** The literal value, or the raw text when something is expanded at run time. */
    static String text(Word w) {
        return w.literal().orElse(w.text());
    }

    /** The last path component of a command name as written ({@code pip} of {@code $VENV/bin/pip}). */
    static String basename(Word w) {
        String t = text(w);
        while (t.endsWith("/") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
        }
        int slash = t.lastIndexOf('/');
        return slash >= 0 ? t.substring(slash + 1) : t;
    }

    /** The word without the first {@code n} characters of its {@link #leadingLiteral leading literal}. */
    static Word dropPrefix(Word w, int n) {
        if (n <= 0) {
            return w;
        }
        List<WordPart> parts = new ArrayList<>(w.parts());
        int consumed = 0;
        for (int i = 0; i < parts.size(); i++) {
            WordPart p = parts.get(i);
            String v = p.literalValue().orElse(null);
            if (v == null && p instanceof WordPart.DoubleQuoted dq) {
                // the cut is inside "…$X…": open the quotes up (the result is no longer quoted)
                parts.remove(i);
                parts.addAll(i, dq.parts());
                i--;
                continue;
            }
            if (v == null) {
                break;
            }
            if (consumed + v.length() > n) {
                List<WordPart> out = new ArrayList<>();
                out.add(cut(p, v, n - consumed, v.length()));
                out.addAll(parts.subList(i + 1, parts.size()));
                return join(out, w.span().end());
            }
            consumed += v.length();
            if (consumed == n) {
                return join(parts.subList(i + 1, parts.size()), w.span().end());
            }
        }
        return new Word("", List.of(), Span.empty(w.span().end()));
    }

    /** The word without the last {@code n} characters of its {@link #trailingLiteral trailing literal}. */
    static Word dropSuffix(Word w, int n) {
        if (n <= 0) {
            return w;
        }
        List<WordPart> parts = w.parts();
        int consumed = 0;
        for (int i = parts.size() - 1; i >= 0; i--) {
            WordPart p = parts.get(i);
            String v = p.literalValue().orElse(null);
            if (v == null) {
                break;
            }
            if (consumed + v.length() > n) {
                List<WordPart> out = new ArrayList<>(parts.subList(0, i));
                out.add(cut(p, v, 0, v.length() - (n - consumed)));
                return join(out, w.span().start());
            }
            consumed += v.length();
            if (consumed == n) {
                return join(parts.subList(0, i), w.span().start());
            }
        }
        return new Word("", List.of(), Span.empty(w.span().start()));
    }

    private static Word join(List<WordPart> parts, int emptyAt) {
        if (parts.isEmpty()) {
            return new Word("", List.of(), Span.empty(emptyAt));
        }
        StringBuilder text = new StringBuilder();
        for (WordPart p : parts) {
            text.append(p.text());
        }
        Span span = parts.get(0).span().union(parts.get(parts.size() - 1).span());
        return new Word(text.toString(), parts, span);
    }

    /**
     * The characters {@code [from, to)} of a part's value, as an unquoted literal part. The span is exact
     * for plain unquoted text and for quoted text without escapes; otherwise it is the whole part's.
     */
    private static WordPart cut(WordPart p, String value, int from, int to) {
        String v = value.substring(from, to);
        Span s = p.span();
        int open = -1;
        if (p instanceof WordPart.Literal l && l.text().equals(value)) {
            open = 0;
        } else if ((p instanceof WordPart.SingleQuoted || p instanceof WordPart.DoubleQuoted)
                && p.text().length() == value.length() + 2) {
            open = 1;
        }
        if (open >= 0 && s.length() == p.text().length()) {
            Span exact = Span.of(s.start() + open + from, s.start() + open + to);
            return new WordPart.Literal(v, v, exact);
        }
        return new WordPart.Literal(v, v, s);
    }
}
