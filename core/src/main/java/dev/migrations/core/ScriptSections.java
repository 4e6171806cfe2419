package dev.migrations.core;

/** TEMPORARY stand-in; replaced by the full implementation. */
record ScriptSections(String up, int upLine, String down, int downLine, boolean noTransaction) {
    static ScriptSections parse(String content, String scriptName) {
        boolean noTx =
                content.contains("\n-- migrate:no-transaction") || content.startsWith("-- migrate:no-transaction");
        int i = content.indexOf("-- migrate:down");
        if (i < 0) {
            return new ScriptSections(content, 1, null, 0, noTx);
        }
        int downLine =
                (int) content.substring(0, i).chars().filter(c -> c == '\n').count() + 2;
        int nl = content.indexOf('\n', i);
        return new ScriptSections(content.substring(0, i), 1, nl < 0 ? "" : content.substring(nl + 1), downLine, noTx);
    }
}
