package org.wirewise.model.journey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * shop.example.com's front page and the three sub-resources it names, as bytes: the HTML is made
 * from the database's rows; the stylesheet, script and picture are fixed text of a typical size.
 */
final class ShopPages {

    /** The rows the database returns for the front page's query. */
    static final List<List<String>> PRODUCTS = List.of(List.of("Trail running shoes", "89.00"),
            List.of("Rain shell jacket", "129.00"), List.of("Insulated bottle", "24.50"));

    /** A sub-resource: its path, media type and body. */
    record Asset(String path, String type, byte[] body) {
    }

    static final List<String> SUB_RESOURCES = List.of("/app.css", "/app.js", "/hero.svg");

    private ShopPages() {
    }

    static byte[] html(List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Example Shop</title>\n<link rel=\"stylesheet\" href=\"/app.css\">\n"
                + "<script src=\"/app.js\" defer></script>\n</head>\n<body>\n<header><img src=\"/hero.svg\" alt=\"\">"
                + "<h1>Example Shop</h1></header>\n<main>\n");
        for (int i = 0; i < 24; i++) { // the featured rows, then the usual filler of a front page
            List<String> r = rows.get(i % rows.size());
            b.append("<article class=\"card\"><h2>").append(r.get(0)).append("</h2><p class=\"price\">$")
                    .append(r.get(1)).append("</p><p>Free returns within 30 days. Ships in two working days.</p>"
                            + "<a class=\"button\" href=\"/cart?add=").append(i).append("\">Add to cart</a></article>\n");
        }
        return b.append("</main>\n<footer>Example Shop</footer>\n</body>\n</html>\n").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    static Optional<Asset> asset(String path) {
        return switch (path) {
            case "/app.css" -> Optional.of(new Asset(path, "text/css", repeat(".card{display:grid;gap:.5rem;"
                    + "padding:1rem;border:1px solid #ddd;border-radius:.5rem}\n", 150)));
            case "/app.js" -> Optional.of(new Asset(path, "text/javascript", repeat("document.querySelectorAll("
                    + "'.button').forEach(b=>b.addEventListener('click',e=>{e.preventDefault();}));\n", 400)));
            case "/hero.svg" -> Optional.of(new Asset(path, "image/svg+xml", svg()));
            default -> Optional.empty();
        };
    }

    private static byte[] svg() {
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 400\">\n");
        for (int i = 0; i < 300; i++) {
            b.append("<circle cx=\"").append(i * 4 % 1200).append("\" cy=\"").append(i * 7 % 400)
                    .append("\" r=\"").append(3 + i % 9).append("\" fill=\"#").append(String.format("%06x", i * 40503 % 0xFFFFFF))
                    .append("\"/>\n");
        }
        return b.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(String line, int times) {
        return line.repeat(times).getBytes(StandardCharsets.UTF_8);
    }
}
