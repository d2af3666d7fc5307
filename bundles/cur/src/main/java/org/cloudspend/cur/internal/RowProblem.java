package org.cloudspend.cur.internal;

/** A value of the current row that cannot be read; the reader adds the file and row it happened in. */
final class RowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String column;

    RowProblem(String column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }
}
