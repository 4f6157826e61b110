package dev.partnercontacts.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
