package org.cloudspend.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend cost store",
        description = "Where cloudspend keeps daily cost facts, the load history and what it answers cost questions"
                + " from (an embedded DuckDB database file).")
@interface StoreConfig {

    @AttributeDefinition(name = "Database file",
            description = "The DuckDB database file; relative paths are under Karaf's data folder. One cloudspend only"
                    + " may open it at a time.")
    String database_file() default "cloudspend/cloudspend.duckdb";

    @AttributeDefinition(name = "PostgreSQL JDBC URL",
            description = "Empty for the embedded DuckDB file above; a jdbc:postgresql://host:5432/database URL to keep"
                    + " the store in PostgreSQL (several cloudspend nodes may share it).")
    String jdbc_url() default "";

    @AttributeDefinition(name = "PostgreSQL user")
    String user() default "";

    @AttributeDefinition(name = "PostgreSQL password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";
}
