package dev.migrations.schema;

import java.util.List;

/**
 * One schema change of the corpus: the schema before, the desired schema after, and what the generated file must
 * contain (destructive marks, notes, directives) besides being correct.
 */
record Scenario(String name, String before, String after, DiffOptions options, List<String> fileContains) {

    static Scenario of(String name, String before, String after, String... fileContains) {
        return new Scenario(name, before, after, DiffOptions.defaults(), List.of(fileContains));
    }

    Scenario withOptions(DiffOptions options) {
        return new Scenario(name, before, after, options, fileContains);
    }

    @Override
    public String toString() {
        return name;
    }
}
