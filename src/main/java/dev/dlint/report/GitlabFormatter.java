package dev.dlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.rules.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab Code Quality report (a JSON array of Code Climate issues). Severity: error is
 * {@code critical}, warning {@code major}, info {@code minor} ({@code info} and {@code blocker}
 * are not used). The fingerprint hashes the path, the code and the text of the finding's first
 * line (not its number, so that findings survive edits above them), plus an occurrence index
 * when the same line text repeats in one file with the same code.
 */
public final class GitlabFormatter implements Formatter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (Diagnostic d : report.diagnostics()) {
                String path = d.file().displayPath();
                int line = d.start().line();
                String key = path + "\u0000" + d.code() + "\u0000" + d.file().lineText(line);
                int occurrence = seen.merge(key, 1, Integer::sum) - 1;
                g.writeStartObject();
                g.writeStringField("description", d.code() + " " + d.message());
                g.writeStringField("check_name", d.code());
                g.writeStringField("fingerprint", fingerprint(key + "\u0000" + occurrence));
                g.writeStringField("severity", severity(d));
                g.writeObjectFieldStart("location");
                g.writeStringField("path", path);
                g.writeObjectFieldStart("lines");
                g.writeNumberField("begin", line);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    static String severity(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
        };
    }

    static String fingerprint(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
