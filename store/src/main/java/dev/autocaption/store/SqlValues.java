package dev.autocaption.store;

import dev.autocaption.config.AccountType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** JDBC binding and reading for the value types the schema uses: instants, nullable numbers, codes, lists. */
final class SqlValues {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LIST_SEPARATOR = "\n";
    private static final int MESSAGE_LENGTH = 4000;

    private SqlValues() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer nullableInteger(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a lower-case enum code; a value no enum constant matches means the row is corrupt. */
    static <E extends Enum<E>> E decode(E[] values, String code, String column) {
        return decode(values, SqlValues::code, code, column);
    }

    /**
     * Reads an account type stored by its {@link AccountType#configName()}. Which types have a connector is the
     * application's business, not the store's, so any well-formed name reads back.
     */
    static AccountType accountType(String name, String column) {
        if (name == null) {
            return null;
        }
        try {
            return AccountType.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("column " + column + " holds " + name + ", expected an account type "
                    + "name ([a-z0-9-]+)", e);
        }
    }

    /** Reads an enum stored by one of its own names, e.g. {@code WriteMode.configName()}. */
    static <E extends Enum<E>> E decode(E[] values, Function<E, String> name, String code, String column) {
        if (code == null) {
            return null;
        }
        for (E value : values) {
            if (name.apply(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalStateException("column " + column + " holds " + code + ", expected one of "
                + Arrays.stream(values).map(name).toList());
    }

    /** Lists are stored one element per line; elements must not contain line breaks (the records check). */
    static String joinLines(List<String> values) {
        return values.isEmpty() ? "" : String.join(LIST_SEPARATOR, values);
    }

    static List<String> splitLines(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(LIST_SEPARATOR, -1));
    }

    /** Binds a dynamic query's value: an {@link Instant}, {@link Long}, {@link Integer} or {@link String}. */
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            setInstant(statement, index, instant);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            throw new IllegalArgumentException("cannot bind " + value + " at parameter " + index);
        }
    }

    /** Runs an INSERT prepared with {@link Statement#RETURN_GENERATED_KEYS} and returns the new row's id. */
    static long insertReturningId(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the driver returned no generated id for an insert");
            }
            return keys.getLong(1);
        }
    }

    /**
     * True for a unique (or primary key) violation: SQLSTATE 23505 on H2 and PostgreSQL alike (H2 also throws it as
     * {@link java.sql.SQLIntegrityConstraintViolationException}, the PostgreSQL driver does not).
     */
    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** Free-text columns (messages, reasons, errors) hold 4000 characters; longer text is cut with an ellipsis. */
    static String clip(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    /** Escapes {@code %}, {@code _} and {@code \} for a {@code LIKE ... ESCAPE '\'} pattern. */
    static String likeContains(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
    }
}
