package org.wirewise.model.http.grpc;

/** The lesson's calls, one per gRPC call pattern, plus the call that meets its deadline. */
public enum GrpcPattern {
    UNARY("/quotes.Quotes/Get"),
    SERVER_STREAMING("/quotes.Quotes/Watch"),
    CLIENT_STREAMING("/quotes.Quotes/Basket"),
    BIDIRECTIONAL("/quotes.Quotes/Trade"),
    DEADLINE("/quotes.Quotes/Get");

    private final String path;

    GrpcPattern(String path) {
        this.path = path;
    }

    /** The :path, /package.Service/Method. */
    public String path() {
        return path;
    }
}
