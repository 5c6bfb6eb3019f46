package dev.dlint.syntax;

import dev.dlint.syntax.dockerfile.antlr.DockerfileLexer;
import dev.dlint.syntax.dockerfile.antlr.DockerfileParser;
import dev.dlint.syntax.shell.antlr.ShellLexer;
import dev.dlint.syntax.shell.antlr.ShellParser;

/**
 * Starts the four ANTLR recognizers' class initialisation on a second thread. Each generated class
 * deserialises its ATN when it is first used (≈ 20 ms of interpreted work together in a fresh JVM,
 * issue #7); a check run that does this while its main thread reads settings and files reaches
 * the first parse with the work done or in progress. A class initialiser runs once per JVM, and
 * a thread that needs the class while another initialises it waits for it, so nothing is done
 * twice and nothing is seen half made. The first files' DFAs are not filled here: that is work
 * the real parse would share or repeat, and a measured warm-up lint on this thread bought nothing.
 */
public final class Recognizers {
    private Recognizers() {
    }

    /**
     * Starts the initialisation and returns at once, with the thread doing it (a daemon: it never
     * holds up the exit); for processes that are about to lint.
     */
    public static Thread initializeInBackground() {
        Thread thread = new Thread(new Initializer(), "dlint-antlr-init");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    // A class, not a lambda: a lambda's call site costs a linkage at start-up (issue #7).
    private static final class Initializer implements Runnable {
        @Override
        public void run() {
            try {
                // In the order a check run needs them: Dockerfiles are parsed first, their RUNs next.
                require(DockerfileLexer._ATN);
                require(DockerfileParser._ATN);
                require(ShellLexer._ATN);
                require(ShellParser._ATN);
            } catch (LinkageError e) {
                // The thread that uses the class reports the failure; this one has nobody to tell.
            }
        }

        private static void require(Object atn) {
            if (atn == null) {
                throw new IllegalStateException("no ATN");
            }
        }
    }
}
