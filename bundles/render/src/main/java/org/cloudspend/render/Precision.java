package org.cloudspend.render;

/** How a table shows money: rounded to cents, as people read it, or with every decimal stored. */
public enum Precision {
    CENTS,
    FULL
}
