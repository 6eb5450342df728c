package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.tls.cert.CertificateChain;

/**
 * The page every protocol loads: an HTML document, then the assets it names, each of a size drawn
 * from the seed (so all three protocols carry exactly the same bytes).
 */
public final class HolPage {

    public static final String HOST = CertificateChain.HOST;
    static final int HTML_MIN = 12_000;
    static final int HTML_SPREAD = 20_000;
    static final int ASSET_MIN = 2_000;
    static final int ASSET_SPREAD = 28_000;

    private final List<Integer> sizes = new ArrayList<>();

    public HolPage(int assets, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        sizes.add(HTML_MIN + random.nextInt(HTML_SPREAD));
        for (int i = 0; i < assets; i++) {
            sizes.add(ASSET_MIN + random.nextInt(ASSET_SPREAD));
        }
    }

    public HttpRequest html() {
        return HttpRequest.get(HOST, "/", HttpFields.EMPTY);
    }

    /** The assets' requests, in the order the HTML names them. */
    public List<HttpRequest> assets() {
        List<HttpRequest> out = new ArrayList<>();
        for (int i = 1; i < sizes.size(); i++) {
            out.add(HttpRequest.get(HOST, target(i), HttpFields.EMPTY));
        }
        return out;
    }

    /** Request {@code index}'s path: "/" for the HTML (0), then /asset1.js ... */
    public static String target(int index) {
        return index == 0 ? "/" : "/asset" + index + ".js";
    }

    /** The response body's size for a path. */
    public int size(String target) {
        return target.equals("/") ? sizes.get(0) : sizes.get(Integer.parseInt(target.substring(6, target.length() - 3)));
    }

    public int requests() {
        return sizes.size();
    }

    public String contentType(String target) {
        return target.equals("/") ? "text/html" : "text/javascript";
    }
}
