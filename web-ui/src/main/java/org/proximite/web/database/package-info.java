/**
 * How the application talks to its database: jOOQ settings shared by every query. The schema
 * itself comes from the {@code db} module's Liquibase changelog, which Spring Boot runs at start.
 */
package org.proximite.web.database;
