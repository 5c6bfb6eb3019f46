package dev.dlint.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * "checked 12/300 files" on standard error while a long run lints, redrawn in place with a
 * carriage return and erased at the end, so that the report and the error messages after it
 * start on a clean line. Drawn only after {@code delay} (a quick run shows nothing) and at most
 * once per {@code interval}. Workers call {@link #fileDone()} concurrently.
 */
final class Progress {
    /** Runs shorter than this show no progress. */
    static final long DELAY_NANOS = 200_000_000L;
    /** Redraw at most this often (a terminal is slow, and the eye cannot follow faster). */
    static final long INTERVAL_NANOS = 100_000_000L;

    private static final Progress SILENT = new Progress(null, 0, () -> 0, 0, 0);

    private final PrintWriter err;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private final long delay;
    private final long interval;
    private int done;
    private long lastDraw;
    private int drawnWidth;

    Progress(PrintWriter err, int total, LongSupplier nanoClock, long delay, long interval) {
        this.err = err;
        this.total = total;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.delay = delay;
        this.interval = interval;
    }

    static Progress silent() {
        return SILENT;
    }

    /**
     * Progress is shown only to a person watching: standard error is a terminal that can return
     * the cursor ({@code TERM=dumb} cannot), and neither --quiet nor --no-progress was given.
     * One file needs no progress.
     */
    static boolean wanted(boolean stderrTerminal, boolean quiet, boolean noProgress, Map<String, String> env, int files) {
        return stderrTerminal && !quiet && !noProgress && !"dumb".equals(env.get("TERM")) && files > 1;
    }

    synchronized void fileDone() {
        if (err == null) {
            return;
        }
        done++;
        long now = clock.getAsLong();
        if (now - start < delay || (drawnWidth > 0 && now - lastDraw < interval && done < total)) {
            return;
        }
        String line = "checked " + done + "/" + total + " files";
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
        lastDraw = now;
    }

    /** Erases the line, if anything was drawn. */
    synchronized void finish() {
        if (err != null && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
