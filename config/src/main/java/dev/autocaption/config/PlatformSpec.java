package dev.autocaption.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the config loader must know of one account type to read and check its {@code accounts[]} entries: the
 * write modes and the default, the credential keys (and which are required), and the account keys only this type
 * takes (and which of those are required, like a Facebook Page's {@code page-id}). Each connector declares its own
 * and the composition root hands the list to {@link ConfigLoader}; a type with no credentials has empty lists.
 *
 * @param type                    the type's name in the YAML file and the store
 * @param family                  the platform the type belongs to ({@code auth <family>}, metrics); several types
 *                                may share one
 * @param writeModes              the write modes the type allows, in the order the help text lists them
 * @param defaultWriteMode        the mode when {@code write} is not given; one of {@code writeModes}
 * @param credentialKeys          the keys {@code credentials} may hold, in print order
 * @param requiredCredentialKeys  the credential keys that must be given
 * @param ownKeys                 account keys that only types listing them accept (e.g. {@code page-id})
 * @param requiredOwnKeys         the own keys that must be given
 * @param ownKeyKinds             the kind of value each own key holds (how the loader reads and checks it); an own
 *                                key not listed here is an {@link SettingKind#IDENTIFIER}
 */
public record PlatformSpec(AccountType type, String family, List<WriteMode> writeModes, WriteMode defaultWriteMode,
                           List<String> credentialKeys, List<String> requiredCredentialKeys, List<String> ownKeys,
                           List<String> requiredOwnKeys, Map<String, SettingKind> ownKeyKinds) {

    public PlatformSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(defaultWriteMode, "defaultWriteMode");
        writeModes = List.copyOf(Objects.requireNonNull(writeModes, "writeModes"));
        credentialKeys = List.copyOf(Objects.requireNonNull(credentialKeys, "credentialKeys"));
        requiredCredentialKeys = List.copyOf(Objects.requireNonNull(requiredCredentialKeys, "requiredCredentialKeys"));
        ownKeys = List.copyOf(Objects.requireNonNull(ownKeys, "ownKeys"));
        requiredOwnKeys = List.copyOf(Objects.requireNonNull(requiredOwnKeys, "requiredOwnKeys"));
        ownKeyKinds = kinds(ownKeys, Objects.requireNonNull(ownKeyKinds, "ownKeyKinds"));
        if (!writeModes.contains(defaultWriteMode)) {
            throw new IllegalArgumentException("defaultWriteMode must be one of " + writeModes + ", was "
                    + defaultWriteMode);
        }
        if (!credentialKeys.containsAll(requiredCredentialKeys)) {
            throw new IllegalArgumentException("requiredCredentialKeys must be among " + credentialKeys + ", was "
                    + requiredCredentialKeys);
        }
        if (!ownKeys.containsAll(requiredOwnKeys)) {
            throw new IllegalArgumentException("requiredOwnKeys must be among " + ownKeys + ", was " + requiredOwnKeys);
        }
    }

    /** A spec whose own keys are all identifiers (like a Facebook {@code page-id}). */
    public PlatformSpec(AccountType type, String family, List<WriteMode> writeModes, WriteMode defaultWriteMode,
                        List<String> credentialKeys, List<String> requiredCredentialKeys, List<String> ownKeys,
                        List<String> requiredOwnKeys) {
        this(type, family, writeModes, defaultWriteMode, credentialKeys, requiredCredentialKeys, ownKeys,
                requiredOwnKeys, Map.of());
    }

    /** How the own key {@code key} is read. */
    public SettingKind kindOf(String key) {
        return ownKeyKinds.getOrDefault(key, SettingKind.IDENTIFIER);
    }

    private static Map<String, SettingKind> kinds(List<String> ownKeys, Map<String, SettingKind> given) {
        if (!ownKeys.containsAll(given.keySet())) {
            throw new IllegalArgumentException("ownKeyKinds must name only own keys " + ownKeys + ", was "
                    + given.keySet());
        }
        Map<String, SettingKind> kinds = new LinkedHashMap<>();
        ownKeys.forEach(key -> kinds.put(key, given.getOrDefault(key, SettingKind.IDENTIFIER)));
        return Map.copyOf(kinds);
    }
}
