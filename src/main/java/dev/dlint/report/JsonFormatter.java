package dev.dlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dlint.fix.Edit;
import dev.dlint.fix.Fix;
import dev.dlint.rules.Diagnostic;
import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;

/**
 * The stable JSON output of DESIGN.md, written with jackson-core's streaming generator (no
 * ObjectMapper: it costs start-up time):
 *
 * <pre>
 * {"version":"…","diagnostics":[{"path":"app/Dockerfile","code":"CA101","name":"copy-before-install",
 *   "severity":"warning","message":"…","line":4,"column":1,"endLine":4,"endColumn":32,
 *   "fix":{"applicability":"safe","description":"…","edits":[{"line":3,"column":1,"endLine":3,
 *   "endColumn":10,"content":"…"}]}}],"summary":{"files":3,"diagnostics":7,"fixed":0,"errors":0}}
 * </pre>
 *
 * Lines are 1-based; columns are 1-based and counted in UTF-16 code units. {@code endLine} and
 * {@code endColumn} are the position just <em>after</em> the span (exclusive), so a 31-character
 * token at column 1 has {@code "endColumn": 32}, and an empty span (an insertion) has end equal to
 * start. {@code fix} is null when there is none. Besides JSON's own escapes, DEL, the C1 controls
 * and bidi/format characters are written as {@code \\uXXXX} so that printing the output on a
 * terminal is safe.
 *
 * <p>With {@code --statistics} the document also gets
 * {@code "statistics": [{"code":"CA102","name":"missing-cache-mount","count":12,"fixable":12}]}
 * (most frequent first) after {@code diagnostics}; the other fields do not change.
 */
public final class JsonFormatter implements Formatter {
    private final boolean statistics;

    public JsonFormatter() {
        this(false);
    }

    /** @param statistics add the count per rule ({@link RuleCounts}) */
    public JsonFormatter(boolean statistics) {
        this.statistics = statistics;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(new TerminalSafeEscapes());
            g.writeStartObject();
            g.writeStringField("version", report.version());
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : report.diagnostics()) {
                diagnostic(g, d);
            }
            g.writeEndArray();
            if (statistics) {
                statistics(g, RuleCounts.of(report.diagnostics()));
            }
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files());
            g.writeNumberField("diagnostics", report.diagnostics().size());
            g.writeNumberField("fixed", report.fixed());
            g.writeNumberField("errors", report.errors());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void statistics(JsonGenerator g, RuleCounts counts) throws IOException {
        g.writeArrayFieldStart("statistics");
        for (RuleCounts.Row row : counts.rows()) {
            g.writeStartObject();
            g.writeStringField("code", row.code());
            g.writeStringField("name", row.name());
            g.writeNumberField("count", row.count());
            g.writeNumberField("fixable", row.fixable());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", d.file().displayPath());
        g.writeStringField("code", d.code());
        g.writeStringField("name", d.rule().name());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("message", d.message());
        Position start = d.start();
        Position end = d.end();
        positions(g, start, end);
        Fix fix = d.fix();
        if (fix == null) {
            g.writeNullField("fix");
        } else {
            g.writeObjectFieldStart("fix");
            g.writeStringField("applicability", fix.applicability().label());
            g.writeStringField("description", fix.description());
            g.writeArrayFieldStart("edits");
            SourceFile file = d.file();
            for (Edit e : fix.edits()) {
                g.writeStartObject();
                positions(g, file.positionOf(e.span().start()), file.positionOf(e.span().end()));
                g.writeStringField("content", e.content());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void positions(JsonGenerator g, Position start, Position end) throws IOException {
        g.writeNumberField("line", start.line());
        g.writeNumberField("column", start.column());
        g.writeNumberField("endLine", end.line());
        g.writeNumberField("endColumn", end.column());
    }

    /** JSON's standard escapes plus DEL, C1 controls and bidi/format characters. */
    static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        TerminalSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= 0xd800 && ch <= 0xdfff) {
                return null; // surrogate halves come one at a time here; pairs must pass through
            }
            return Escaper.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
