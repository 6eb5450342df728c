package org.wirewise.testing;

import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the memory tests measure: the heap still in use after full collections. */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    /**
     * Bytes in use after full collections. Between them the window paints a frame: JavaFX frees
     * the pixels of textures that became unreachable (Prism's Disposer) only from its render
     * thread, so without a frame they would count as retained although the next paint releases them.
     */
    public static long afterGc(FxRobot robot, Window window) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            robot.interact(() -> window.setOpacity(window.getOpacity() == 1 ? 0.99 : 1)); // a frame to paint
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
