package dev.dlint.fix;

import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/** A suggested change: edits on the original text, optional new files, and its applicability. */
public record Fix(Applicability applicability, String description, List<Edit> edits, List<NewFile> newFiles) {

    public Fix {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(null); // stable, as a sorted stream is; a stream costs start-up on the first fix of a JVM
        edits = List.copyOf(sorted);
        newFiles = List.copyOf(newFiles);
    }

    public static Builder safe(String description) {
        return new Builder(Applicability.SAFE, description);
    }

    public static Builder unsafe(String description) {
        return new Builder(Applicability.UNSAFE, description);
    }

    public static Builder display(String description) {
        return new Builder(Applicability.DISPLAY, description);
    }

    /** The span from the first edit's start to the last edit's end. */
    public Span extent() {
        Span s = null;
        for (Edit e : edits) {
            s = s == null ? e.span() : s.union(e.span());
        }
        return s;
    }

    /** Fluent builder, in the manner of Error Prone's SuggestedFix. */
    public static final class Builder {
        private final Applicability applicability;
        private final String description;
        private final List<Edit> edits = new ArrayList<>();
        private final List<NewFile> newFiles = new ArrayList<>();

        private Builder(Applicability applicability, String description) {
            this.applicability = applicability;
            this.description = description;
        }

        public Builder insert(int offset, String content) {
            edits.add(Edit.insert(offset, content));
            return this;
        }

        public Builder replace(Span span, String content) {
            edits.add(Edit.replace(span, content));
            return this;
        }

        public Builder delete(Span span) {
            edits.add(Edit.delete(span));
            return this;
        }

        public Builder createFile(String relativePath, String content) {
            newFiles.add(new NewFile(relativePath, content));
            return this;
        }

        public Fix build() {
            return new Fix(applicability, description, edits, newFiles);
        }
    }
}
