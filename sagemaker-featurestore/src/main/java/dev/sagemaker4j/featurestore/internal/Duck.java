/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens embedded DuckDB the way this project needs it: in memory, never downloading extensions. */
public final class Duck {
    private Duck() {
    }

    /**
     * An in-memory DuckDB connection with extension downloads off and UTC time.
     *
     * @return the connection
     * @throws SQLException when DuckDB cannot start
     */
    public static Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        Connection c = DriverManager.getConnection("jdbc:duckdb:", p);
        try (Statement s = c.createStatement()) {
            s.execute("SET TimeZone='UTC'");
        } catch (SQLException e) {
            // builds without ICU have no time zone setting; TIMESTAMP (without zone) is used throughout
        }
        return c;
    }
}
