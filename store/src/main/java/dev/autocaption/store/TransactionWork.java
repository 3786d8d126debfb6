package dev.autocaption.store;

import java.sql.SQLException;

/**
 * Work done inside one transaction that returns a value; see {@link Database#inTransaction(TransactionWork)}.
 *
 * @param <T> what the work returns; may be null
 */
@FunctionalInterface
public interface TransactionWork<T> {
    /**
     * @param tx the open transaction; valid only during this call
     * @return the result, handed back by {@code inTransaction}
     * @throws SQLException on a database error; the transaction is then rolled back
     */
    T run(Transaction tx) throws SQLException;
}
