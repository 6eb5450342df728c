package org.wirewise.model.stack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.trace.Fact;

/** The layers each device on the path implements (top first) and the one it is working at. */
public record DeviceLayers(List<Device> devices) implements Fact {

    public DeviceLayers {
        devices = List.copyOf(devices);
    }

    /**
     * @param lane      the device's lane
     * @param layers    the layers it implements, top first
     * @param workingAt the layer it is busy with at this step, or empty when idle
     */
    public record Device(String lane, List<String> layers, Optional<String> workingAt) {
        public Device {
            Objects.requireNonNull(lane, "lane");
            layers = List.copyOf(layers);
            Objects.requireNonNull(workingAt, "workingAt");
        }
    }

    public Optional<Device> device(String lane) {
        return devices.stream().filter(d -> d.lane().equals(lane)).findFirst();
    }
}
