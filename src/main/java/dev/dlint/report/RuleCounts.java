package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --statistics}: how many findings each rule has, most frequent first, then by code. */
public record RuleCounts(List<Row> rows) {

    /** One rule's count; {@code fixable} counts the findings with a safe fix. */
    public record Row(String code, String name, int count, int fixable) {
    }

    public RuleCounts {
        rows = List.copyOf(rows);
    }

    public static RuleCounts of(List<Diagnostic> diagnostics) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            int fix = TextFormatter.hasSafeFix(d) ? 1 : 0;
            byCode.merge(d.code(), new Row(d.code(), d.rule().name(), 1, fix),
                    (a, b) -> new Row(a.code(), a.name(), a.count() + 1, a.fixable() + b.fixable()));
        }
        List<Row> rows = new ArrayList<>(byCode.values());
        rows.sort(java.util.Comparator.comparingInt(Row::count).reversed().thenComparing(Row::code));
        return new RuleCounts(rows);
    }
}
