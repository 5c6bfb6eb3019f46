package dev.dlint.source;

import java.util.Arrays;

/**
 * A text assembled from pieces of a source file (for example a logical line: the physical lines
 * of an instruction with their continuation markers and comment lines left out), with the map
 * from each of its characters back to the source.
 */
public final class SegmentedText implements OffsetMap {
    private final String text;
    private final int[] derivedStarts;
    private final int[] sourceStarts;
    private final int sourceEnd;

    private SegmentedText(String text, int[] derivedStarts, int[] sourceStarts, int sourceEnd) {
        this.text = text;
        this.derivedStarts = derivedStarts;
        this.sourceStarts = sourceStarts;
        this.sourceEnd = sourceEnd;
    }

    public String text() {
        return text;
    }

    @Override
    public int toSource(int derivedOffset) {
        if (derivedStarts.length == 0) {
            return sourceEnd;
        }
        if (derivedOffset >= text.length()) {
            return sourceEnd;
        }
        int i = Arrays.binarySearch(derivedStarts, derivedOffset);
        int seg = i >= 0 ? i : -i - 2;
        return sourceStarts[seg] + (derivedOffset - derivedStarts[seg]);
    }

    /** A sub-range of this text, still mapped to the source. */
    public SegmentedText slice(int from, int to) {
        Builder b = new Builder();
        int pos = from;
        while (pos < to) {
            int i = Arrays.binarySearch(derivedStarts, pos);
            int seg = i >= 0 ? i : -i - 2;
            int segEnd = seg + 1 < derivedStarts.length ? derivedStarts[seg + 1] : text.length();
            int end = Math.min(segEnd, to);
            b.append(text.substring(pos, end), sourceStarts[seg] + (pos - derivedStarts[seg]));
            pos = end;
        }
        int endSource = to >= text.length() ? sourceEnd : toSource(to);
        return b.build(endSource);
    }

    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] derived = new int[8];
        private int[] source = new int[8];
        private int count;

        /** Appends {@code piece}, which stands at {@code sourceOffset} in the source file. */
        public Builder append(String piece, int sourceOffset) {
            if (piece.isEmpty()) {
                return this;
            }
            int at = text.length();
            boolean contiguous = count > 0
                    && source[count - 1] + (at - derived[count - 1]) == sourceOffset;
            if (!contiguous) {
                if (count == derived.length) {
                    derived = Arrays.copyOf(derived, count * 2);
                    source = Arrays.copyOf(source, count * 2);
                }
                derived[count] = at;
                source[count] = sourceOffset;
                count++;
            }
            text.append(piece);
            return this;
        }

        /** Appends a whole segmented text, keeping each of its characters mapped where it was. */
        public Builder append(SegmentedText other) {
            for (int i = 0; i < other.derivedStarts.length; i++) {
                int from = other.derivedStarts[i];
                int to = i + 1 < other.derivedStarts.length ? other.derivedStarts[i + 1] : other.text.length();
                append(other.text.substring(from, to), other.sourceStarts[i]);
            }
            return this;
        }

        public int length() {
            return text.length();
        }

        /** @param sourceEnd where offsets at or past the end map to */
        public SegmentedText build(int sourceEnd) {
            return new SegmentedText(text.toString(), Arrays.copyOf(derived, count),
                    Arrays.copyOf(source, count), sourceEnd);
        }
    }
}
