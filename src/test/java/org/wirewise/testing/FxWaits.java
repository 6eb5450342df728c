package org.wirewise.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the FX thread in tests of background work: run something there, or wait for a condition. */
public final class FxWaits {

    private FxWaits() {
    }

    /** Runs {@code action} on the FX thread and returns its result (at most 30 s). */
    public static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code seconds}. */
    public static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
