package org.agorapolis.shared.persistence;

/** The one datasource of the application, defined by the server configuration. */
public final class Datasource {

    public static final String JNDI_NAME = "java:jboss/datasources/PostgreSQLDS";

    private Datasource() {
    }
}
