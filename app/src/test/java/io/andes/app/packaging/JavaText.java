package io.andes.app.packaging;

/** Java source text without its comments, string and character literals kept as they are (a URL keeps its "//"). */
final class JavaText {

    private JavaText() {}

    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2) + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = Math.min(source.length(), end(source, "\"\"\"", i + 3) + 3);
                code.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i, c);
                code.append(source, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int end(String source, String marker, int from) {
        int end = source.indexOf(marker, from);
        return end < 0 ? source.length() : end;
    }

    private static int literalEnd(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }
}
