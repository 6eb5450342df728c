package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.wirewise.model.sim.Simulation;

/**
 * The lesson's server: the four methods of {@code quotes.Quotes} ({@link QuoteMessages#PROTO}) on
 * the simulation's clock. Prices come from a seeded stream; a Get for a symbol not in the cache
 * takes {@code slowNanos} (it must ask the exchange), which is what the deadline call meets.
 */
final class QuotesService {

    /** 2026-12-06T10:00:00Z: the simulation's time zero on the quotes' clocks. */
    static final long EPOCH_NANOS = 1_796_551_200L * 1_000_000_000L;
    static final String CACHED = "ACME";
    static final long CACHE_NANOS = 2_000_000L;

    private final Simulation sim;
    private final RandomGenerator random;
    private final int updates;
    private final long updateNanos;
    private final long slowNanos;
    private final Map<String, Long> prices = new HashMap<>();
    private final Consumer<QuoteMessages.Quote> sent;

    /** @param sent hears every response message as it goes out */
    QuotesService(Simulation sim, RandomGenerator random, int updates, long updateNanos, long slowNanos,
                  Consumer<QuoteMessages.Quote> sent) {
        this.sent = sent;
        this.sim = sim;
        this.random = random;
        this.updates = updates;
        this.updateNanos = updateNanos;
        this.slowNanos = slowNanos;
    }

    Map<String, GrpcServer.Method> methods() {
        return Map.of(GrpcPattern.UNARY.path(), (Unary) this::get,
                GrpcPattern.SERVER_STREAMING.path(), (Unary) this::watch,
                GrpcPattern.CLIENT_STREAMING.path(), new Basket(),
                GrpcPattern.BIDIRECTIONAL.path(), new Trade());
    }

    /** The next quote for a symbol: its price moved by two seeded steps of a few cents. */
    QuoteMessages.Quote quote(String symbol) {
        long before = prices.computeIfAbsent(symbol, s -> random.nextLong(1_000, 50_000));
        long[] moves = {random.nextInt(-40, 41), random.nextInt(-40, 41)};
        long price = before + moves[0] + moves[1];
        prices.put(symbol, price);
        return new QuoteMessages.Quote(symbol, price, EPOCH_NANOS + sim.now(), moves);
    }

    private void get(GrpcServer.ServerCall call, String symbol) {
        sim.schedule(symbol.equals(CACHED) ? CACHE_NANOS : slowNanos, () -> {
            if (!call.done()) { // a client that gave up has reset the stream: the answer goes nowhere
                send(call, quote(symbol));
                call.finish(GrpcStatus.OK, "");
            }
        });
    }

    private void watch(GrpcServer.ServerCall call, String symbol) {
        for (int i = 1; i <= updates; i++) {
            boolean last = i == updates;
            sim.schedule(i * updateNanos, () -> {
                send(call, quote(symbol));
                if (last) {
                    call.finish(GrpcStatus.OK, "");
                }
            });
        }
    }

    private void send(GrpcServer.ServerCall call, QuoteMessages.Quote quote) {
        sent.accept(quote);
        call.send(quote.proto().bytes());
    }

    static String symbol(byte[] getQuote) {
        return QuoteMessages.GetQuote.parse(getQuote).symbol();
    }

    /** A method with one request message, answered after the client's END_STREAM. */
    private interface Unary extends GrpcServer.Method {
        void answer(GrpcServer.ServerCall call, String symbol);

        @Override
        default void started(GrpcServer.ServerCall call) {
        }

        @Override
        default void message(GrpcServer.ServerCall call, byte[] message) {
            answer(call, symbol(message));
        }
    }

    /** Client streaming: symbols come one by one; the answer is the basket's total once the client is done. */
    private final class Basket implements GrpcServer.Method {
        private final Map<Integer, List<String>> symbols = new HashMap<>();

        @Override
        public void started(GrpcServer.ServerCall call) {
            symbols.put(call.stream(), new ArrayList<>());
        }

        @Override
        public void message(GrpcServer.ServerCall call, byte[] message) {
            symbols.get(call.stream()).add(symbol(message));
        }

        @Override
        public void halfClosed(GrpcServer.ServerCall call) {
            long total = symbols.remove(call.stream()).stream().mapToLong(s -> quote(s).priceCents()).sum();
            send(call, new QuoteMessages.Quote("BASKET", total, EPOCH_NANOS + sim.now(), new long[0]));
            call.finish(GrpcStatus.OK, "");
        }
    }

    /** Bidirectional: each symbol the client sends is answered at once, on the same stream. */
    private final class Trade implements GrpcServer.Method {
        @Override
        public void started(GrpcServer.ServerCall call) {
        }

        @Override
        public void message(GrpcServer.ServerCall call, byte[] message) {
            send(call, quote(symbol(message)));
        }

        @Override
        public void halfClosed(GrpcServer.ServerCall call) {
            call.finish(GrpcStatus.OK, "");
        }
    }
}
