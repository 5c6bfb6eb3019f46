package dev.dlint.reliability;

import dev.dlint.engine.Linter;
import dev.dlint.fix.FixEngine;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.shell.ShellScriptParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** The invariants every input must keep; each returns a failure message or null. */
final class Checks {
    private Checks() {
    }

    static String parses(SourceFile f, FileKind kind) {
        if (kind == FileKind.DOCKERFILE) {
            DockerfileSyntax.parse(f);
        } else {
            ShellScriptParser.parse(f);
        }
        return null;
    }

    /** Spans inside the file, positions at least 1:1, and no internal error (a rule crash). */
    static String diagnosticsInBounds(SourceFile f, List<Diagnostic> ds) {
        int len = f.text().length();
        for (Diagnostic d : ds) {
            if (d.code().equals("E900")) {
                return "internal error: " + d.message();
            }
            if (d.span().start() < 0 || d.span().start() > d.span().end() || d.span().end() > len) {
                return d.code() + " span " + d.span() + " outside text of length " + len;
            }
            Position s = d.start();
            Position e = d.end();
            if (s.line() < 1 || s.column() < 1 || e.line() < 1 || e.column() < 1) {
                return d.code() + " position " + s + ".." + e + " below 1";
            }
        }
        return null;
    }

    /** The Dockerfile token stream (plus the BOM) gives back the original bytes. */
    static String tokensLossless(SourceFile f, byte[] original) {
        StringBuilder sb = new StringBuilder();
        for (Token t : DockerfileSyntax.tokens(f)) {
            if (t.getType() != Token.EOF) {
                sb.append(t.getText());
            }
        }
        if (!sb.toString().equals(f.text())) {
            return "token texts differ from the file text";
        }
        byte[] back = Gen.bytes(sb.toString(), f.bom());
        if (original != null && !Arrays.equals(back, original)) {
            return "token bytes differ from the file bytes";
        }
        return null;
    }

    static String render(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code() + "@" + d.span() + ":" + d.severity() + ":" + d.message()
                + (d.fix() == null ? "" : ":fix")).collect(Collectors.joining("\n"));
    }

    static String deterministic(Linter linter, SourceFile f, FileKind kind, List<Diagnostic> first) {
        List<Diagnostic> again = linter.lint(f, kind).diagnostics();
        return render(first).equals(render(again)) ? null : "a second lint differs:\n" + render(first) + "\n--\n"
                + render(again);
    }

    static String fixes(Linter linter, SourceFile f, FileKind kind, List<Diagnostic> before) {
        FixEngine engine = new FixEngine(true);
        FixEngine.Outcome first = engine.fix(f, x -> linter.lint(x, kind).diagnostics());
        if (first.applied().isEmpty()) {
            return null;
        }
        SourceFile fixed = SourceFile.of(f.path(), f.displayPath(), first.text(), f.bom());
        List<Diagnostic> after = linter.lint(fixed, kind).diagnostics();
        String bounds = diagnosticsInBounds(fixed, after);
        if (bounds != null) {
            return "after fix: " + bounds;
        }
        if (count(after, "E001") > count(before, "E001")) {
            return "fix introduced E001 (applied " + first.applied() + "):\n" + fixed.text();
        }
        FixEngine.Outcome second = engine.fix(fixed, x -> linter.lint(x, kind).diagnostics());
        if (!second.text().equals(first.text())) {
            return "second fix applied " + second.applied() + " after " + first.applied();
        }
        return null;
    }

    private static long count(List<Diagnostic> ds, String code) {
        return ds.stream().filter(d -> d.code().equals(code)).count();
    }

    static String show(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
