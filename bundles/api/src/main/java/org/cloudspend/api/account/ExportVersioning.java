package org.cloudspend.api.account;

import org.cloudspend.api.export.ExportType;

/** What AWS does with a newer version of a billing period's files (its "overwrite" setting). */
public enum ExportVersioning {
    /** Each delivery in a folder of its own beside the earlier ones (legacy {@code CREATE_NEW_REPORT}). */
    CREATE_NEW,
    /** Each delivery replaces the files of the one before ({@code OVERWRITE_REPORT}). */
    OVERWRITE;

    /** AWS's setting as its APIs name it: {@code CREATE_NEW_REPORT} or {@code OVERWRITE_REPORT}. */
    public static ExportVersioning fromAws(String setting) {
        return "CREATE_NEW_REPORT".equals(setting) ? CREATE_NEW : OVERWRITE;
    }

    /** AWS's default for a new export of that family. */
    public static ExportVersioning defaultFor(ExportType type) {
        return type == ExportType.LEGACY ? CREATE_NEW : OVERWRITE;
    }
}
