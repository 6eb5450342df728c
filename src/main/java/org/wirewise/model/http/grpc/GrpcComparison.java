package org.wirewise.model.http.grpc;

import java.nio.charset.StandardCharsets;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;

/**
 * The unary call against the same exchange as REST: {@code GET /quotes/ACME} over HTTP/1.1 and the
 * Quote as proto3 JSON, written by {@code model.http}'s writer, so both sides' sizes are bytes
 * that were encoded, not estimates.
 *
 * @param protoRequest   the GetQuote's protobuf bytes
 * @param protoResponse  the Quote's protobuf bytes
 * @param grpcCall       the unary call's HTTP/2 frames both ways (9-byte frame headers included;
 *                       the connection's preface and SETTINGS, paid once, are not)
 * @param jsonResponse   the same Quote as JSON
 * @param restRequest    the HTTP/1.1 request's bytes
 * @param restResponse   the HTTP/1.1 response's bytes
 */
record GrpcComparison(int protoRequest, int protoResponse, int grpcCall, int jsonResponse, int restRequest,
                      int restResponse) {

    static final String REST_HOST = "quotes.example";
    static final String USER_AGENT = "wirewise-rest/1.0";

    static GrpcComparison measure(int grpcCall, GrpcSimulator.Sent request, GrpcSimulator.Sent response) {
        String symbol = QuoteMessages.GetQuote.parse(request.proto().bytes()).symbol();
        HttpRequest get = HttpRequest.get(REST_HOST, restPath(symbol), HttpFields.of("Accept", "application/json",
                "User-Agent", USER_AGENT));
        byte[] json = response.json().getBytes(StandardCharsets.UTF_8);
        HttpResponse ok = HttpResponse.of(HttpStatus.OK, HttpFields.of("Content-Type", "application/json"),
                HttpBody.sized(json));
        return new GrpcComparison(request.proto().length(), response.proto().length(), grpcCall, json.length,
                get.encode().length, ok.encode().length);
    }

    static String restPath(String symbol) {
        return "/quotes/" + symbol;
    }

    int restCall() {
        return restRequest + restResponse;
    }
}
