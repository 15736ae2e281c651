/**
 * Letters: issuing a signed demand letter on a case, as one domain operation — read the case and its
 * statement of account as of today (in the case's zone), render the PDF/A ({@link
 * org.bordereau.letters.LetterRenderer}, implemented over {@code render}), seal it ({@link
 * org.bordereau.letters.Sealer}, implemented over {@code sign}), store it content-addressed, then
 * append LETTER_ISSUED, while its hash is indexed for {@code POST /v1/verify} on another thread (an
 * entry whose PDF or event failed is removed). A failure before the event
 * leaves at most an unreferenced blob, never a letter the case does not know.
 *
 * <p>May use {@code cases}, {@code rules} and {@code storage}. Renderer and sealer are interfaces so
 * that this room knows nothing of FOP or CMS, and tests can count what was sealed.
 */
package org.bordereau.letters;
