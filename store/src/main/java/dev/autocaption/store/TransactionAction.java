package dev.autocaption.store;

import java.sql.SQLException;

/** Work done inside one transaction that returns nothing; see {@link Database#useTransaction(TransactionAction)}. */
@FunctionalInterface
public interface TransactionAction {
    /**
     * @param tx the open transaction; valid only during this call
     * @throws SQLException on a database error; the transaction is then rolled back
     */
    void run(Transaction tx) throws SQLException;
}
