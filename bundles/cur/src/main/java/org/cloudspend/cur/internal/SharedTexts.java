package org.cloudspend.cur.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One String per distinct text of a Parquet file's repeating columns and labels. Each row group decodes dictionaries of
 * its own, so without this a value would be a different String in every row group, and the store, which finds a line
 * item's label set and dimension tuple among those it has seen, would compare characters where it can compare
 * references (the CSV reader's {@link RepeatedText} does the same for CSV). Asked once per dictionary entry, and per
 * value of a page without a dictionary, from the threads decoding row groups. Keeps at most {@link RepeatedText#LIMIT}
 * texts, then hands the others back as they are.
 */
final class SharedTexts {

    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

    String shared(String text) {
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() >= RepeatedText.LIMIT) {
            return text;
        }
        known = texts.putIfAbsent(text, text);
        return known != null ? known : text;
    }
}
