package org.wirewise.model.addr;

import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.trace.Fact;

/**
 * The plan a VPC step shows and the tier it is about, so the view and the editor start from the
 * plan itself rather than from its tables.
 */
public record VpcPlanFact(VpcPlan plan, Optional<String> focusTier) implements Fact {

    public VpcPlanFact {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(focusTier, "focusTier");
    }
}
