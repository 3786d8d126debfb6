package dev.autocaption.config;

import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.secret;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code accounts[].credentials}: the keys the account's {@link PlatformSpec} lists, of which its required
 * ones must be given. A key another known type uses is "not used by" this type; any other key is unknown. Values
 * are {@link Secret}s and appear in no problem line; only key names, variable names and value kinds do.
 */
final class CredentialsParser {
    private CredentialsParser() {
    }

    /**
     * @param section   the credentials section (a secret section)
     * @param spec      the account's type, or null when it was wrong (then nothing is required)
     * @param platforms every known type, whose keys together are the known credential keys
     */
    static Credentials parse(Section section, PlatformSpec spec, List<PlatformSpec> platforms) {
        List<String> known = allKeys(platforms);
        List<String> allowed = spec == null ? known : spec.credentialKeys();
        for (String key : section.keys()) {
            if (known.contains(key) && !allowed.contains(key)) {
                section.problem(key, "is not used by " + spec.type().configName() + " accounts (allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
            }
        }
        section.allowOnly(allowed, known);
        List<String> required = spec == null ? List.of() : spec.requiredCredentialKeys();
        Map<String, Secret> values = new LinkedHashMap<>();
        for (String key : allowed) {
            Secret value = read(section, key, required, spec);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new Credentials(values);
    }

    static List<String> allKeys(List<PlatformSpec> platforms) {
        Set<String> keys = new LinkedHashSet<>();
        platforms.forEach(platform -> keys.addAll(platform.credentialKeys()));
        return List.copyOf(keys);
    }

    private static Secret read(Section section, String key, List<String> required, PlatformSpec spec) {
        Problems problems = section.context().problems();
        int problemsBefore = problems.size();
        Secret value = section.read(key, null, nullable(secret()));
        if (value == null && required.contains(key) && problems.size() == problemsBefore) {
            section.problem(key, "is required for " + spec.type().configName() + " accounts");
        }
        return value;
    }
}
