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

    @AttributeDefinition(name = "Database memory limit",
            description = "The most memory the embedded DuckDB database may take from this server's process, e.g."
                    + " 1GB, 512MB or 25% (of the machine's); a larger load spills to a folder beside the database file"
                    + " instead. Empty: DuckDB's own default, 80% of the machine's memory.")
    String database_memory_limit() default DuckDbDatabase.DEFAULT_MEMORY_LIMIT;

    @AttributeDefinition(name = "Database threads",
            description = "How many threads the embedded DuckDB database may use for loads and questions; 0: one per"
                    + " core.")
    int database_threads() default 0;

    @AttributeDefinition(name = "PostgreSQL JDBC URL",
            description = "Empty for the embedded DuckDB file above; a jdbc:postgresql://host:5432/database URL to keep"
                    + " the store in PostgreSQL (several cloudspend nodes may share it).")
    String jdbc_url() default "";

    @AttributeDefinition(name = "PostgreSQL user")
    String user() default "";

    @AttributeDefinition(name = "PostgreSQL password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Label sets remembered",
            description = "How many tag sets (tags with cost categories) the store keeps the ids of in memory, the"
                    + " ones used last; a load looks the others up in the database. About 0.5 kB each.")
    int label_set_cache_size() default LabelSetIds.DEFAULT_CAPACITY;

    @AttributeDefinition(name = "Query connections",
            description = "How many cost questions may run at once, each on a connection of its own beside the one"
                    + " loads write on: a question never waits for a load's commit.")
    int query_connections() default StoreDatabase.DEFAULT_QUERY_CONNECTIONS;

    @AttributeDefinition(name = "Facts a load sums in memory",
            description = "How many daily facts a load sums in memory before writing them to its spool file (a"
                    + " resource running all day gives 24 line items, one fact); when full they are written and it"
                    + " starts again. About 165 bytes each with its resource id; 0 spools every line item as it comes.")
    int load_facts_in_memory() default DailyFactTable.DEFAULT_CAPACITY;
}
