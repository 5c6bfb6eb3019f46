package dev.dlint.model.context;


/** Slash-separated path helpers with the results of Go's {@code path/filepath} on Unix. */
final class GoPath {

    private GoPath() {
    }

    /** Lexical clean-up: repeated slashes, {@code .} and {@code ..} elements, trailing slash. */
    static String clean(String path) {
        return dev.dlint.model.SlashPath.clean(path);
    }

    /** Everything but the last element, cleaned; {@code .} when there is no directory part. */
    static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : clean(path.substring(0, slash + 1));
    }
}
