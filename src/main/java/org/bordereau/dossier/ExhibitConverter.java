package org.bordereau.dossier;

import java.io.IOException;

/**
 * Turns one original into pages, by media type. The set is closed: every type the service accepts has
 * its converter here, and anything else becomes a placeholder page saying the original is attached.
 */
sealed interface ExhibitConverter
        permits PdfExhibit, ImageExhibit, MailExhibit, TextExhibit, OfficeExhibit, PlaceholderExhibit {

    Converted convert(Spooled original, Conversions context) throws IOException;
}
