package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a route answers: JSON, a document to download (CSV, a policy, a template), or nothing.
 *
 * @param status the HTTP status
 * @param json the JSON answer, or null
 * @param mediaType the download's media type, or null
 * @param fileName the name a browser saves the download under, or null to show it
 * @param text the download, or null
 */
record Reply(int status, JsonNode json, String mediaType, String fileName, String text) {

    static Reply json(JsonNode json) {
        return new Reply(200, json, null, null, null);
    }

    static Reply created(JsonNode json) {
        return new Reply(201, json, null, null, null);
    }

    /** A change that goes on after the answer (a check of an export started). */
    static Reply accepted(JsonNode json) {
        return new Reply(202, json, null, null, null);
    }

    static Reply download(String mediaType, String fileName, String text) {
        return new Reply(200, null, mediaType, fileName, text);
    }

    static Reply noContent() {
        return new Reply(204, null, null, null, null);
    }
}
