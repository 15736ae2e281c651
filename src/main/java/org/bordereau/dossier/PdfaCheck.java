package org.bordereau.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * What in a PDF's pages PDF/A-3b (ISO 19005-3) forbids and we cannot fix without changing the
 * evidence: fonts not embedded (6.2.11.4.1), device CMYK colour under our sRGB output intent (6.2.4.3),
 * annotations without an appearance stream or hidden (6.3.3, 6.3.2), multimedia and file attachment
 * annotations (6.3.1). Missing output intents, metadata and the like are the dossier's business and
 * are added by the pipeline, so they are not reported. One message per problem and page.
 */
final class PdfaCheck {
    private static final Set<String> FORBIDDEN_ANNOTATIONS = Set.of("FileAttachment", "Sound", "Movie", "Screen",
            "3D", "RichMedia");
    private static final int HIDDEN_FLAGS = 1 | 2 | 32; // Invisible, Hidden, NoView

    private PdfaCheck() {}

    static List<String> issues(PDDocument document) throws IOException {
        Set<String> issues = new LinkedHashSet<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String where = "page " + number + ": ";
            Set<COSBase> seen = new java.util.HashSet<>();
            resources(page.getResources(), where, issues, seen);
            if (usesCmyk(page)) {
                issues.add(where + "device CMYK colour (PDF/A needs a CMYK output intent for it; ours is sRGB)");
            }
            COSDictionary group = page.getCOSObject().getCOSDictionary(COSName.GROUP);
            if (group != null && COSName.DEVICECMYK.equals(group.getDictionaryObject(COSName.CS))) {
                issues.add(where + "transparency group blended in device CMYK");
            }
            for (PDAnnotation annotation : page.getAnnotations()) {
                annotation(annotation, where, issues);
            }
        }
        return new ArrayList<>(issues);
    }

    private static void annotation(PDAnnotation annotation, String where, Set<String> issues) {
        String subtype = annotation.getSubtype();
        if (FORBIDDEN_ANNOTATIONS.contains(subtype)) {
            issues.add(where + subtype + " annotation (not allowed in PDF/A)");
        } else if (!"Link".equals(subtype) && !"Popup".equals(subtype) && annotation.getAppearance() == null) {
            issues.add(where + subtype + " annotation without an appearance stream");
        }
        if ((annotation.getAnnotationFlags() & HIDDEN_FLAGS) != 0) {
            issues.add(where + "hidden " + subtype + " annotation");
        }
    }

    private static void resources(PDResources resources, String where, Set<String> issues, Set<COSBase> seen)
            throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) {
                issues.add(where + "font " + font.getName() + " is not embedded");
            }
        }
        for (COSName name : resources.getColorSpaceNames()) {
            PDColorSpace space = resources.getColorSpace(name);
            if (space instanceof PDDeviceCMYK) {
                issues.add(where + "device CMYK colour space");
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject && ((PDImageXObject) object).getColorSpace() instanceof PDDeviceCMYK) {
                issues.add(where + "CMYK image " + name.getName());
            } else if (object instanceof PDFormXObject) {
                PDFormXObject form = (PDFormXObject) object;
                if (usesCmyk(form)) {
                    issues.add(where + "device CMYK colour (PDF/A needs a CMYK output intent for it; ours is sRGB)");
                }
                resources(form.getResources(), where, issues, seen);
            }
        }
    }

    /** Whether the content sets device CMYK colour directly ({@code k}/{@code K} operators). */
    private static boolean usesCmyk(PDContentStream content) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator) {
                String name = ((Operator) token).getName();
                if (name.equals("k") || name.equals("K")) {
                    return true;
                }
            }
        }
        return false;
    }
}
