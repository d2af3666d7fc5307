package org.cloudspend.api.cost;

/** What costs can be grouped and filtered by. */
public enum Dimension {
    ACCOUNT(false),
    PAYER(false),
    SERVICE(false),
    REGION(false),
    USAGE_TYPE(false),
    OPERATION(false),
    LINE_ITEM_TYPE(false),
    RESOURCE(false),
    /** A tag, named by its canonical key. */
    TAG(true),
    /** A cost category, named by the category. */
    COST_CATEGORY(true),
    /** The MSP customer the cost is mapped to. */
    CUSTOMER(false);

    private final boolean keyed;

    Dimension(boolean keyed) {
        this.keyed = keyed;
    }

    /** Whether the dimension needs a key (which tag, which cost category). */
    public boolean keyed() {
        return keyed;
    }
}
