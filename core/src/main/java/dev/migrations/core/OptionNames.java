package dev.migrations.core;

/**
 * How the engine's messages name an {@link Option} and a {@link Command}: each surface installs its own with
 * {@link MigrationsConfig.Builder#optionNames(OptionNames)} (Spring Boot names {@code migrations.lock-timeout} and
 * {@code migrations.mode=repair}, the command line its flags and subcommands), so the engine decides what to say and
 * the surface only how its users spell it. {@link #ENGINE} is the default.
 *
 * @since 0.1.0
 */
public interface OptionNames {

    /** The engine's own names: the builder methods ({@code lockTimeout}) and the {@link Migrator} methods. */
    OptionNames ENGINE = new OptionNames() {

        @Override
        public String option(Option option) {
            return option.engineName();
        }

        @Override
        public String command(Command command) {
            return switch (command) {
                case MIGRATE -> "Migrator.migrate()";
                case VALIDATE -> "Migrator.validate()";
                case BASELINE -> "Migrator.baseline()";
                case REPAIR -> "Migrator.repair()";
            };
        }
    };

    /** How a user of this surface names {@code option}, for example {@code migrations.lock-timeout}. */
    String option(Option option);

    /** How a user sets {@code option} to {@code value}, for example {@code migrations.out-of-order=true}. */
    default String setting(Option option, String value) {
        return option(option) + "=" + value;
    }

    /**
     * How a user of this surface runs {@code command}: the engine's messages quote it in parentheses after "run
     * repair", "run the baseline command once" or "apply them", and {@link Command#VALIDATE} after "before".
     */
    String command(Command command);

    /** The engine's commands that its messages tell to run. */
    enum Command {
        MIGRATE,
        VALIDATE,
        BASELINE,
        REPAIR
    }
}
