package org.cloudspend.cur.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One String per distinct text of a Parquet file's repeating columns and labels. Each row group decodes its own
 * dictionaries, so without this a value is a different String in every row group, and whoever takes the line items
 * compares its characters where it could compare references (the store's label sets and tuples, the CSV reader's
 * {@link RepeatedText} give it the same). Asked once per dictionary entry, from the threads decoding row groups; keeps
 * at most {@link RepeatedText#LIMIT} texts, then hands the others back as they are.
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
