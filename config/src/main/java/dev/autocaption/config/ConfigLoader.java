package dev.autocaption.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, reads and validates {@code autocaption.yaml}. The file is, in order of precedence: the path given to
 * {@link #load} (the {@code --config} option), the file named by {@code AUTOCAPTION_CONFIG}, or
 * {@code autocaption.yaml} in the working directory; without any of them the built-in defaults apply.
 *
 * <p>String values may reference the environment as {@code ${NAME}} or {@code ${NAME:-default}}; {@code $$} is a
 * literal {@code $}. Relative paths in a config file ({@code store.url} of an embedded H2 file, {@code model.path},
 * {@code model.vocab}, {@code review.approvals-file}, {@code credentials-file}, and the defaults of the store and
 * the approvals file) resolve against the directory of that file, so a command finds the same store from any
 * directory; without a file they resolve against the working directory given here, never the process's. The
 * config file's own path resolves against the working directory, and the default model path against
 * {@link #installation()}. Every problem is collected before one {@link ConfigException} is thrown; credential values are
 * never part of it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfigLoader {
    /** The environment variable naming the installation whose bundled models are the defaults. */
    public static final String HOME_VARIABLE = "AUTOCAPTION_HOME";
    /** The environment variable naming the config file when {@code --config} is not given. */
    public static final String CONFIG_VARIABLE = "AUTOCAPTION_CONFIG";
    /** The file looked for in the working directory. */
    public static final String DEFAULT_FILE_NAME = "autocaption.yaml";

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final List<PlatformSpec> platforms;
    private final YamlDocument yaml = new YamlDocument();

    /**
     * @param environment      the environment variables (usually {@code System.getenv()})
     * @param workingDirectory what relative paths resolve against
     * @param platforms        the account types the application has connectors for, each with its rules; an
     *                         account of any other type is a problem that lists these
     */
    public ConfigLoader(Map<String, String> environment, Path workingDirectory, List<PlatformSpec> platforms) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.platforms = List.copyOf(Objects.requireNonNull(platforms, "platforms"));
    }

    /**
     * A loader that knows no account type, for callers that need only {@link #installation()} or a config without
     * accounts; any account is a problem.
     */
    public ConfigLoader(Map<String, String> environment, Path workingDirectory) {
        this(environment, workingDirectory, List.of());
    }

    /**
     * Loads the configuration from the first source that applies.
     *
     * @param explicitPathOrNull the {@code --config} option, or null when not given
     * @throws ConfigException when a named file does not exist or cannot be read, or the file has problems
     */
    public LoadedConfig load(Path explicitPathOrNull) throws ConfigException {
        if (explicitPathOrNull != null) {
            return loadFile(workingDirectory.resolve(explicitPathOrNull), "named by --config");
        }
        String fromEnvironment = environment.get(CONFIG_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return loadFile(environmentPath(fromEnvironment), "named by " + CONFIG_VARIABLE);
        }
        Path local = workingDirectory.resolve(DEFAULT_FILE_NAME);
        if (Files.exists(local)) {
            return loadFile(local, "found in the working directory");
        }
        return new LoadedConfig(parse("", LoadedConfig.DEFAULTS_DESCRIPTION), null);
    }

    /**
     * Parses and validates YAML text; relative paths in it resolve against the working directory.
     *
     * @param yamlText   the file's content; empty means all defaults
     * @param sourceName names the text in the exception message, usually its path
     * @throws ConfigException listing every problem, or the first YAML syntax error with line and column
     */
    public BotConfig parse(String yamlText, String sourceName) throws ConfigException {
        return parse(yamlText, sourceName, workingDirectory);
    }

    private BotConfig parse(String yamlText, String sourceName, Path baseDirectory) throws ConfigException {
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        ReadContext context = new ReadContext(new Problems(), new EnvironmentSubstitution(environment),
                baseDirectory, installation(), platforms);
        return new ConfigParser(context).parse(yaml.read(text, sourceName), sourceName);
    }

    /**
     * Where the bundled models live: {@code AUTOCAPTION_HOME} (set by the launcher and the Docker image), else the
     * working directory. The default {@code model.path} of each engine is resolved against it.
     */
    public Path installation() {
        String home = environment.get(HOME_VARIABLE);
        return home == null || home.isBlank() ? workingDirectory : workingDirectory.resolve(home);
    }

    private Path environmentPath(String value) throws ConfigException {
        try {
            return workingDirectory.resolve(value);
        } catch (InvalidPathException e) {
            throw new ConfigException(CONFIG_VARIABLE, List.of("is not a file path: " + e.getReason()), e);
        }
    }

    private LoadedConfig loadFile(Path file, String how) throws ConfigException {
        Path path = file.normalize();
        if (!Files.exists(path)) {
            throw new ConfigException(path.toString(), List.of("file does not exist (" + how + ")"));
        }
        if (Files.isDirectory(path)) {
            throw new ConfigException(path.toString(), List.of("is a directory, not a file (" + how + ")"));
        }
        try {
            return new LoadedConfig(parse(Files.readString(path, StandardCharsets.UTF_8), path.toString(),
                    path.toAbsolutePath().getParent()), path);
        } catch (CharacterCodingException e) {
            throw new ConfigException(path.toString(), List.of("is not valid UTF-8"), e);
        } catch (IOException e) {
            throw new ConfigException(path.toString(), List.of("cannot be read: " + e), e);
        }
    }
}
