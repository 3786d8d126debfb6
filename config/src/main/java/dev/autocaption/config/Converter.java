package dev.autocaption.config;

/** Turns one YAML value into a typed one, or explains what was wrong with it. */
@FunctionalInterface
interface Converter<T> {
    T convert(Value value) throws InvalidValueException;
}
