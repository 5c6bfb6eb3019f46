package dev.dlint.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dlint.fix.Edit;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleDoc;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.rules.Severity;
import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the full rule catalogue with help from the rule
 * docs, results with exact regions in UTF-16 columns, relative URIs under {@code %SRCROOT%},
 * a line-hash fingerprint, and the fixes.
 */
public final class SarifFormatter implements Formatter {
    static final String INFORMATION_URI = "https://github.com/dlint-dev/dlint";
    private static final String SRCROOT = "%SRCROOT%";

    private final Path root;

    /** @param root the directory relative paths are relative to (the working directory) */
    public SarifFormatter(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<RuleMeta> rules = new ArrayList<>();
        RuleRegistry.all().forEach(r -> rules.add(r.meta()));
        Map<String, Integer> index = new HashMap<>();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleMeta m : rules) {
            index.put(m.code(), descriptors.size());
            descriptors.add(descriptor(m));
        }
        List<Result> results = new ArrayList<>();
        Map<String, Integer> seenHashes = new HashMap<>();
        for (Diagnostic d : report.diagnostics()) {
            Integer i = index.get(d.code());
            if (i == null) {
                index.put(d.code(), descriptors.size());
                i = descriptors.size();
                descriptors.add(descriptor(d.rule()));
            }
            results.add(result(d, i, seenHashes));
        }
        ToolComponent driver = new ToolComponent()
                .withName("dlint")
                .withFullName("dlint Dockerfile and install-script linter")
                .withVersion(report.version())
                .withSemanticVersion(semver(report.version()))
                .withInformationUri(URI.create(INFORMATION_URI))
                .withRules(descriptors);
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withOriginalUriBaseIds(new OriginalUriBaseIds())
                .withResults(results);
        run.getOriginalUriBaseIds().setAdditionalProperty(SRCROOT,
                new ArtifactLocation().withUri(root.toUri().toString()));
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        om.writeValue(new NonClosingWriter(out), log);
        out.write("\n");
        out.flush();
    }

    private static String semver(String version) {
        return version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0-" + version.replaceAll("[^0-9A-Za-z.-]", "");
    }

    private static ReportingDescriptor descriptor(RuleMeta m) {
        RuleDoc doc = RuleDoc.load(m.code()).orElse(null);
        String full = doc == null ? m.summary() : firstParagraph(doc.sections().getOrDefault("What it does", m.summary()));
        String helpMarkdown = doc == null ? m.summary() : doc.markdown();
        PropertyBag props = new PropertyBag().withTags(new LinkedHashSet<>(tags(m)));
        props.setAdditionalProperty("precision", m.severity() == Severity.INFO ? "medium" : "high");
        props.setAdditionalProperty("problem.severity", switch (m.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        });
        return new ReportingDescriptor()
                .withId(m.code())
                .withName(m.name())
                .withShortDescription(new MultiformatMessageString().withText(limit(nonEmpty(m.summary(), m.name()))))
                .withFullDescription(new MultiformatMessageString().withText(limit(nonEmpty(full, m.summary()))))
                .withHelp(new MultiformatMessageString().withText(nonEmpty(stripMarkdown(helpMarkdown), m.summary()))
                        .withMarkdown(helpMarkdown))
                .withHelpUri(URI.create(INFORMATION_URI + "/blob/main/rules/" + m.code() + ".md"))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(m.severity())))
                .withProperties(props);
    }

    private static List<String> tags(RuleMeta m) {
        List<String> t = new ArrayList<>();
        t.add("dockerfile");
        switch (m.family()) {
            case "CA" -> t.addAll(List.of("build-cache", "performance"));
            case "PN" -> t.addAll(List.of("reproducibility", "supply-chain"));
            case "VE" -> t.addAll(List.of("python", "virtualenv"));
            case "WH" -> t.addAll(List.of("python", "wheelhouse", "performance"));
            case "SH" -> t.addAll(List.of("shell", "reliability"));
            case "DF" -> t.add("buildkit");
            default -> t.add("syntax");
        }
        return t;
    }

    private Result result(Diagnostic d, int ruleIndex, Map<String, Integer> seenHashes) {
        String hash = lineHash(d);
        String key = d.file().displayPath() + "\0" + hash;
        int n = seenHashes.merge(key, 1, Integer::sum);
        PartialFingerprints fp = new PartialFingerprints();
        fp.setAdditionalProperty("primaryLocationLineHash", hash + ":" + n);
        Result r = new Result()
                .withRuleId(d.code())
                .withRuleIndex(ruleIndex)
                .withLevel(resultLevel(d.severity()))
                .withMessage(new Message().withText(d.message()))
                .withLocations(List.of(location(d.file(), d.span(), null)))
                .withPartialFingerprints(fp);
        if (!d.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            int id = 1;
            for (Related rel : d.related()) {
                related.add(location(rel.file(), rel.span(), rel.message()).withId(id++));
            }
            r.setRelatedLocations(related);
        }
        if (d.fix() != null && !d.fix().edits().isEmpty()) {
            List<Replacement> replacements = new ArrayList<>();
            for (Edit e : d.fix().edits()) {
                replacements.add(new Replacement().withDeletedRegion(region(d.file(), e.span()))
                        .withInsertedContent(new ArtifactContent().withText(e.content())));
            }
            Set<ArtifactChange> changes = new LinkedHashSet<>();
            changes.add(new ArtifactChange().withArtifactLocation(artifact(d.file())).withReplacements(replacements));
            Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
            fixes.add(new com.contrastsecurity.sarif.Fix()
                    .withDescription(new Message().withText(d.fix().description()))
                    .withArtifactChanges(changes));
            r.setFixes(fixes);
        }
        return r;
    }

    private Location location(SourceFile file, Span span, String message) {
        Location l = new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(artifact(file))
                .withRegion(region(file, span)));
        if (message != null) {
            l.setMessage(new Message().withText(message));
        }
        return l;
    }

    private ArtifactLocation artifact(SourceFile file) {
        Path p = file.path() != null ? file.path().toAbsolutePath().normalize() : null;
        if (p != null && p.startsWith(root)) {
            return new ArtifactLocation().withUri(uriPath(root.relativize(p))).withUriBaseId(SRCROOT);
        }
        if (p != null) {
            return new ArtifactLocation().withUri(p.toUri().toString());
        }
        return new ArtifactLocation().withUri(uriPath(Path.of(file.displayPath()))).withUriBaseId(SRCROOT);
    }

    private static String uriPath(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URI.create("x:/" + encode(part.toString())).getRawPath().substring(1));
        }
        return sb.toString();
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    private static Region region(SourceFile file, Span span) {
        Position s = file.positionOf(span.start());
        Position e = file.positionOf(span.end());
        if (span.isEmpty()) {
            return new Region().withStartLine(s.line()).withStartColumn(s.column()).withEndLine(s.line()).withEndColumn(s.column());
        }
        return new Region().withStartLine(s.line()).withStartColumn(s.column()).withEndLine(e.line()).withEndColumn(e.column());
    }

    /** A stable fingerprint of the finding's line: its rule and its text without blanks. */
    private static String lineHash(Diagnostic d) {
        int line = d.start().line();
        String text = d.file().lineText(line).replace(" ", "").replace("\t", "");
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        long h = 1125899906842597L;
        for (char c : (d.code() + "\n" + text).toCharArray()) {
            h = 31 * h + c;
        }
        return String.format("%016x", h);
    }

    private static ReportingConfiguration.Level level(Severity s) {
        return switch (s) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static Result.Level resultLevel(Severity s) {
        return switch (s) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static String firstParagraph(String s) {
        int i = s.indexOf("\n\n");
        return (i < 0 ? s : s.substring(0, i)).replace('\n', ' ').trim();
    }

    private static String stripMarkdown(String md) {
        return md.replace("`", "").replaceAll("(?m)^#+\\s*", "");
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String limit(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    /** Jackson closes the writer it is given; the caller owns {@code out}. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
