package org.bordereau.dossier;

/**
 * How dossier pages are numbered. Both count the front matter (cover, index…): a court refers to
 * "page 37 of the bundle" and that page must be the 37th the reader sees.
 * <ul>
 * <li>{@code CONTINUOUS}: 1 … N over the whole dossier, stamped {@code 37 / 160}.</li>
 * <li>{@code PER_SECTION}: the front matter is section A, each non-empty exhibit section takes the
 * next letter, pages count from 1 in each: {@code C 4}.</li>
 * </ul>
 */
public enum Numbering {
    CONTINUOUS,
    PER_SECTION
}
