package org.bordereau.dossier;

/** Page geometry shared by converters, stamps and the front matter contract (PDF points, 1/72 inch). */
public final class DossierLayout {
    /** ISO 216 A4 portrait. */
    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;
    /** Height of the band at the bottom of each page reserved for the stamp. */
    public static final float STAMP_BAND = 28f;
    /** Margins of pages we lay out ourselves (text, e-mails, images, placeholders). */
    static final float MARGIN = 42f;
    static final float BOTTOM_MARGIN = 56f;
    /** Scale applied to a page whose content reaches into the stamp band. */
    static final float SHRINK = 0.94f;

    private DossierLayout() {}
}
