package org.cloudspend.api.export;

import java.util.Optional;

/** A file that cannot be read as the export it claims to be, with where it went wrong. */
public class ExportReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long row;
    private final String column;

    /**
     * @param file the file's name or key
     * @param row the 1-based data row, or 0 when the problem is not in a row (header, footer, compression)
     * @param column the column concerned, or null
     * @param problem what is wrong
     */
    public ExportReadException(String file, long row, String column, String problem, Throwable cause) {
        super(describe(file, row, column, problem), cause);
        this.file = file;
        this.row = row;
        this.column = column;
    }

    public ExportReadException(String file, String problem, Throwable cause) {
        this(file, 0, null, problem, cause);
    }

    private static String describe(String file, long row, String column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** The 1-based data row, or 0 when the problem is not in a row. */
    public long row() {
        return row;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }
}
