package io.cellwright.report.internal;

/**
 * The report's stylesheet: print first (A4, CSS paged media as openhtmltopdf supports it: page footer with the
 * design name and page numbers, repeated table headers), plus a screen rule so the HTML reads well in a browser.
 * The fonts are the DejaVu Sans files shipped in this bundle; browsers fall back to their sans-serif.
 */
final class ReportStyle {

    static final String FONT_FAMILY = "DejaVu Sans";

    private ReportStyle() {
    }

    /** The stylesheet; {@code footerText} is the design name, printed at the foot of every PDF page. */
    static String css(String footerText) {
        return PAGE.replace("FOOTER", Xhtml.cssString(footerText)) + BODY;
    }

    private static final String PAGE = """
            @page {
              size: A4;
              margin: 18mm 16mm 20mm 16mm;
              @bottom-left { content: FOOTER; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #5b6770; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #5b6770; }
            }
            """;

    private static final String BODY = """
            html { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #1d2327; }
            body { margin: 0; }
            @media screen { body { max-width: 180mm; margin: 2em auto; padding: 0 1em; } }
            header.report { border-bottom: 2px solid #1f4e6b; padding-bottom: 3mm; margin-bottom: 5mm; }
            .kicker { font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1f4e6b; font-weight: bold; margin: 0; }
            h1 { font-size: 17pt; line-height: 1.2; margin: 1mm 0 3mm 0; color: #14354a; }
            h2 { font-size: 12pt; color: #14354a; border-bottom: 1px solid #c5d0d8; padding-bottom: 1mm; margin: 7mm 0 2.5mm 0; page-break-after: avoid; }
            h3 { font-size: 10pt; color: #14354a; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; -fs-table-paginate: paginate; }
            th { text-align: left; font-weight: bold; background-color: #e8eef2; color: #14354a; border-bottom: 1px solid #9fb3c1; padding: 1.2mm 1.5mm; font-size: 8pt; }
            td { border-bottom: 1px solid #dde4e9; padding: 1.2mm 1.5mm; vertical-align: top; }
            tr { page-break-inside: avoid; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            table.meta { width: auto; margin: 0; }
            table.meta td { border: none; padding: 0.3mm 6mm 0.3mm 0; }
            table.meta td.label { color: #5b6770; }
            .muted { color: #5b6770; }
            .small { font-size: 7.5pt; }
            .id { color: #5b6770; font-size: 7.5pt; }
            .none { color: #8a5a00; font-style: italic; }
            .status { margin: 3mm 0 0 0; padding: 2mm 3mm; border-left: 4px solid; font-weight: bold; }
            .status.ok { border-color: #2e7d32; background-color: #edf7ee; color: #1b5e20; }
            .status.errors { border-color: #c62828; background-color: #fdecea; color: #8e1b1b; }
            .status.warnings { border-color: #b26a00; background-color: #fff5e0; color: #7a4a00; }
            .finding { border-left: 4px solid #9fb3c1; padding: 1mm 0 1mm 3mm; margin: 0 0 2.5mm 0; page-break-inside: avoid; }
            .finding.error { border-color: #c62828; }
            .finding.warning { border-color: #b26a00; }
            .finding.info { border-color: #1f6fa8; }
            .finding .rule { font-weight: bold; }
            .finding .message { margin: 0.5mm 0; }
            .tag { font-size: 7pt; font-weight: bold; padding: 0.2mm 1.2mm; border-radius: 1mm; color: #ffffff; white-space: nowrap; }
            .tag.error { background-color: #c62828; }
            .tag.warning { background-color: #b26a00; }
            .tag.info { background-color: #1f6fa8; }
            .tag.default { background-color: #6b7c88; }
            .tag.change { background-color: #1f4e6b; }
            .tag.unset { background-color: #8a5a00; }
            .fuse { border: 1px solid #c5d0d8; padding: 2mm 3mm; margin: 0 0 3mm 0; page-break-inside: avoid; }
            .fuse .big { font-size: 11pt; font-weight: bold; color: #14354a; }
            @page diagram { size: A4 landscape; margin: 14mm 16mm 16mm 16mm; }
            section#wiring-diagram { page: diagram; }
            .diagram { text-align: center; page-break-inside: avoid; margin: 0; }
            .diagram svg { max-width: 100%; height: auto; }
            footer.about { margin-top: 8mm; border-top: 1px solid #c5d0d8; padding-top: 2mm; font-size: 7.5pt; color: #5b6770; }
            """;
}
