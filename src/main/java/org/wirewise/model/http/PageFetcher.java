package org.wirewise.model.http;

import java.util.List;
import java.util.function.Consumer;

/**
 * Fetches a list of requests from one server on a running network and reports when each one
 * completed: the interface the head-of-line lab drives for HTTP/1.1, HTTP/2 and HTTP/3 alike.
 */
public interface PageFetcher {

    /** Starts every request now; {@code done} gets one timing per request, in the order given. */
    void fetch(List<HttpRequest> requests, Consumer<List<RequestTiming>> done);
}
