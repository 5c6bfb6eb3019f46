package dev.dlint.report;

/** Escaping for XML 1.0 attribute values and text taken from linted files. */
final class Xml {
    private Xml() {
    }

    /**
     * Escapes markup characters and makes the text representable in XML 1.0: control characters
     * (which XML 1.0 cannot carry even as character references), bidi controls and the
     * noncharacters U+FFFE/U+FFFF become visible escapes ({@code \x1b}) first.
     */
    static String escape(String s) {
        String safe = Escaper.escape(s);
        StringBuilder sb = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\ufffe', '\uffff' -> sb.append(String.format("\\u%04x", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
