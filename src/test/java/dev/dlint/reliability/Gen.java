package dev.dlint.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of Dockerfiles and shell scripts, and mutations of real files. Each input is
 * a pure function of its seed, so a failure is replayed from the seed alone.
 */
final class Gen {
    static final String[] KEYWORDS = {"FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY",
        "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"};
    private static final String[] WORDS = {"apt-get", "install", "-y", "pip", "numpy==1.26.4", "curl", "-fsSL",
        "https://example.com/x.sh", "/usr/src/app", "$HOME", "${VAR:-def}", "\"a b\"", "'c d'", "ünïcødé", "🐳",
        "日本語", "x=1", "--no-cache-dir", "requirements.txt", ".", "/x", "*.py", "python3", "-m", "venv", "\\$"};
    private static final String[] FLAGS = {"--mount=type=cache,target=/x", "--mount=type=cache,target=/root/.cache/pip",
        "--mount=type=bind,source=.,target=/src", "--network=none", "--security=insecure", "--from=build",
        "--chown=1000:1000", "--chmod=755", "--link", "--platform=$BUILDPLATFORM", "--interval=30s", "--retries=3",
        "--keep-git-dir=true", "--exclude=*.md", "--parents", "--mount=type=secret,id=tok"};

    private final Random r;

    Gen(long seed) {
        this.r = new Random(seed);
    }

    int nextInt(int bound) {
        return r.nextInt(bound);
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private String pick(String[] a) {
        return a[r.nextInt(a.length)];
    }

    private String randomCase(String s) {
        int mode = r.nextInt(4);
        if (mode == 0) {
            return s;
        }
        if (mode == 1) {
            return s.toLowerCase();
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(r.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        return sb.toString();
    }

    /** A Dockerfile as bytes: maybe a BOM, maybe CRLF line ends. */
    byte[] dockerfileBytes() {
        boolean bom = chance(10);
        boolean crlf = chance(15);
        String text = dockerfile();
        if (crlf) {
            text = text.replace("\n", "\r\n");
        }
        return bytes(text, bom);
    }

    static byte[] bytes(String text, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    String dockerfile() {
        StringBuilder sb = new StringBuilder();
        char esc = '\\';
        if (chance(10)) {
            sb.append("# syntax=docker/dockerfile:1\n");
        }
        if (chance(15)) {
            esc = '`';
            sb.append("# escape=`\n");
        }
        if (chance(5)) {
            sb.append("# check=skip=all\n");
        }
        int n = 1 + r.nextInt(10);
        if (chance(90)) {
            sb.append(randomCase("FROM")).append(' ').append(chance(50) ? "python:3.12-slim" : "ubuntu:22.04 AS base")
                    .append('\n');
        }
        for (int i = 0; i < n; i++) {
            instruction(sb, esc);
        }
        if (chance(30) && sb.length() > 0) {
            sb.setLength(sb.length() - 1); // no final newline
        }
        return sb.toString();
    }

    private void instruction(StringBuilder sb, char esc) {
        if (chance(10)) {
            sb.append(chance(50) ? "\n" : "# a comment " + pick(WORDS) + "\n");
        }
        String kw = pick(KEYWORDS);
        if (chance(20)) {
            kw = "RUN";
        }
        if (chance(3)) {
            sb.append("ONBUILD ");
        }
        sb.append(chance(5) ? "  " : "").append(randomCase(kw));
        int flags = chance(40) ? r.nextInt(3) : 0;
        for (int i = 0; i < flags; i++) {
            sb.append(' ').append(pick(FLAGS));
        }
        int form = r.nextInt(10);
        if (form < 2) {
            json(sb);
            sb.append('\n');
        } else if (form < 4 && (kw.equals("RUN") || chance(20))) {
            heredoc(sb);
        } else {
            sb.append(' ');
            if (kw.equals("RUN") || chance(30)) {
                shellCommand(sb, esc);
            } else {
                words(sb, 1 + r.nextInt(4));
            }
            sb.append('\n');
        }
    }

    private void json(StringBuilder sb) {
        sb.append(chance(50) ? " [" : "[");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(chance(80) ? ", " : ",");
            }
            String w = pick(WORDS).replace("\"", "\\\"");
            sb.append('"').append(chance(10) ? "\\u00e9" + w : w).append('"');
        }
        if (chance(90)) {
            sb.append(']');
        }
    }

    private void heredoc(StringBuilder sb) {
        int count = chance(20) ? 2 : 1;
        List<String> delims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String d = chance(50) ? "EOF" : "END" + i;
            if (count == 2) {
                d = d + i;
            }
            delims.add(d);
            String dash = chance(30) ? "-" : "";
            String quoted = switch (r.nextInt(3)) {
                case 0 -> "\"" + d + "\"";
                case 1 -> "'" + d + "'";
                default -> d;
            };
            sb.append(' ');
            if (i == 0 && chance(40)) {
                sb.append(chance(50) ? "bash " : "cat > /etc/x.conf ");
            }
            sb.append("<<").append(dash).append(quoted);
        }
        sb.append('\n');
        for (String d : delims) {
            int lines = r.nextInt(4);
            for (int i = 0; i < lines; i++) {
                sb.append(chance(30) ? "\t" : "");
                shellCommand(sb, '\\');
                sb.append('\n');
            }
            if (chance(95)) {
                sb.append(chance(10) ? "\t" : "").append(d).append('\n');
            }
        }
    }

    private void words(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(pick(WORDS));
        }
    }

    /** A shell command line for a RUN, with continuation lines (and comments/blank lines inside). */
    private void shellCommand(StringBuilder sb, char esc) {
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append(chance(70) ? " && " : chance(50) ? " | " : " ; ");
                if (chance(40)) {
                    sb.append(esc).append('\n');
                    if (chance(20)) {
                        sb.append("# inside a continuation\n");
                    }
                    if (chance(10)) {
                        sb.append('\n');
                    }
                    sb.append("    ");
                }
            }
            simple(sb);
        }
        if (chance(5)) {
            sb.append(' ').append(esc); // trailing escape at the end of the file/line
        }
    }

    private void simple(StringBuilder sb) {
        switch (r.nextInt(12)) {
            case 0 -> sb.append("pip install ").append(chance(50) ? "--no-cache-dir " : "").append("numpy flask==3.0.0");
            case 1 -> sb.append("apt-get update && apt-get install -y --no-install-recommends curl");
            case 2 -> sb.append("echo \"$(date) ${X:-y}\" > /tmp/x");
            case 3 -> sb.append("if [ -f x ]; then echo 'yes'; else echo no; fi");
            case 4 -> sb.append("for i in 1 2 3; do echo $i; done");
            case 5 -> sb.append("case \"$A\" in a) echo a;; *) echo b;; esac");
            case 6 -> sb.append("curl -fsSL https://x.example/i.sh | sh");
            case 7 -> sb.append("python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt");
            case 8 -> sb.append("X=$(( 1 + 2 )) `echo hi` 🐳 \"ünï\"");
            case 9 -> sb.append("{ cd /app; make; } || (exit 1)");
            case 10 -> sb.append("conda install -y numpy && npm ci");
            default -> words(sb, 1 + r.nextInt(5));
        }
    }

    /** A shell script. */
    String script() {
        StringBuilder sb = new StringBuilder();
        if (chance(70)) {
            sb.append(chance(50) ? "#!/bin/sh\n" : "#!/usr/bin/env bash\nset -euo pipefail\n");
        }
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append("if command -v pip >/dev/null 2>&1; then\n  ");
                case 1 -> sb.append("for f in \"$@\"; do\n  ");
                case 2 -> sb.append("case \"$1\" in\n  start) ");
                case 3 -> sb.append("cat <<").append(chance(50) ? "-" : "").append(chance(50) ? "'EOF'" : "EOF")
                        .append(" > /tmp/conf\n\tvalue=$X\nEOF\n");
                case 4 -> sb.append("# comment ").append(pick(WORDS)).append('\n');
                default -> {
                }
            }
            simple(sb);
            if (chance(30)) {
                sb.append(" \\\n  && ");
                simple(sb);
            }
            sb.append('\n');
            if (chance(10)) {
                sb.append("fi\ndone\nesac\n");
            }
        }
        String text = sb.toString();
        return chance(10) ? text.replace("\n", "\r\n") : text;
    }

    /** One to three random mutations of a real file's bytes. */
    byte[] mutate(byte[] in) {
        byte[] b = in;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            b = mutateOnce(b);
        }
        return b;
    }

    private static final String[] INSERTS = {"\\", "\\\n", "<<EOF", "<<-'EOF'\n", "\"", "'", "`", "[", "]", "(",
        ")", "{", "}", "$(", "${", "\n", "\r\n", "#", "# escape=`\n", "&&", "|", "\uFEFF", "\u001b[31m", "🐳"};

    private byte[] mutateOnce(byte[] b) {
        if (b.length == 0) {
            return INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
        }
        switch (r.nextInt(6)) {
            case 0 -> { // byte flip
                byte[] c = b.clone();
                int flips = 1 + r.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case 1 -> { // truncation
                byte[] c = new byte[r.nextInt(b.length)];
                System.arraycopy(b, 0, c, 0, c.length);
                return c;
            }
            case 2, 3 -> { // line shuffle / doubled line, on the text when it decodes
                String s = new String(b, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                if (r.nextBoolean()) {
                    Collections.shuffle(lines.subList(r.nextInt(lines.size()), lines.size()), r);
                } else {
                    int at = r.nextInt(lines.size());
                    lines.add(at, lines.get(at));
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            default -> { // insertion
                byte[] ins = INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(b.length + 1);
                byte[] c = new byte[b.length + ins.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(ins, 0, c, at, ins.length);
                System.arraycopy(b, at, c, at + ins.length, b.length - at);
                return c;
            }
        }
    }
}
