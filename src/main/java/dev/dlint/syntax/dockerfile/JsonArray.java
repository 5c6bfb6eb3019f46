package dev.dlint.syntax.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON check of BuildKit's exec form: the whole text must be one valid JSON value (it starts
 * with {@code [}, so an array); an array of strings is exec form, valid JSON with other elements
 * is an error, and anything invalid silently falls back to shell form.
 */
final class JsonArray {

    enum Outcome { STRINGS, NOT_STRINGS, INVALID }

    /** A decoded string element and its offsets (quotes included) in the parsed text. */
    record Element(String value, int start, int end) {
    }

    record Result(Outcome outcome, List<Element> elements) {
    }

    private final String s;
    private int pos;
    private boolean allStrings = true;
    private final List<Element> elements = new ArrayList<>();

    private JsonArray(String s) {
        this.s = s;
    }

    static Result parse(String text) {
        JsonArray p = new JsonArray(text);
        try {
            p.skipWs();
            p.topArray();
            p.skipWs();
            if (p.pos != text.length()) {
                return new Result(Outcome.INVALID, List.of());
            }
        } catch (Invalid e) {
            return new Result(Outcome.INVALID, List.of());
        }
        return p.allStrings ? new Result(Outcome.STRINGS, List.copyOf(p.elements))
                : new Result(Outcome.NOT_STRINGS, List.of());
    }

    private static final class Invalid extends Exception {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private void topArray() throws Invalid {
        expect('[');
        skipWs();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            skipWs();
            int start = pos;
            if (peek() == '"') {
                String v = string();
                elements.add(new Element(v, start, pos));
            } else {
                allStrings = false;
                value(1);
            }
            skipWs();
            char c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw new Invalid();
            }
        }
    }

    private void value(int depth) throws Invalid {
        if (depth > 1000) {
            throw new Invalid();
        }
        skipWs();
        char c = peek();
        switch (c) {
            case '"' -> string();
            case '[' -> container(']', depth);
            case '{' -> container('}', depth);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void container(char close, int depth) throws Invalid {
        pos++;
        skipWs();
        if (peek() == close) {
            pos++;
            return;
        }
        while (true) {
            skipWs();
            if (close == '}') {
                if (peek() != '"') {
                    throw new Invalid();
                }
                string();
                skipWs();
                expect(':');
            }
            value(depth + 1);
            skipWs();
            char c = next();
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw new Invalid();
            }
        }
    }

    private void literal(String word) throws Invalid {
        if (!s.startsWith(word, pos)) {
            throw new Invalid();
        }
        pos += word.length();
    }

    private void number() throws Invalid {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw new Invalid();
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw new Invalid();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw new Invalid();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (pos == start) {
            throw new Invalid();
        }
    }

    private String string() throws Invalid {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new Invalid();
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new Invalid();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw new Invalid();
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new Invalid();
                    }
                    pos += 4;
                }
                default -> throw new Invalid();
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char next() throws Invalid {
        if (pos >= s.length()) {
            throw new Invalid();
        }
        return s.charAt(pos++);
    }

    private void expect(char c) throws Invalid {
        if (next() != c) {
            throw new Invalid();
        }
    }
}
