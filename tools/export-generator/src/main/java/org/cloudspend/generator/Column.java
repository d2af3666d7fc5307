package org.cloudspend.generator;

import java.util.function.Function;

/** One column of a generated export: its name in the file, the type DuckDB gives it in Parquet, its value per line. */
record Column(String name, Kind kind, Function<GeneratedLine, String> value) {

    /** How a column is typed in Parquet files (CSV files hold text either way). */
    enum Kind { TEXT, MONEY, TIMESTAMP, MAP }
}
