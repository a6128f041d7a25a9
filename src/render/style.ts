/**
 * The stylesheet of the printed receipt: A4 pages, one receipt per page, the 摘要 part a reason points at
 * highlighted (in colour, and with a mark that survives black-and-white printing). Inlined in every
 * document {@link renderFile} writes; {@link PRINT_CSS} is exported for pages that embed
 * {@link renderReceipt}'s fragments.
 */
export const PRINT_CSS = `
.receden-print{font-family:"IPAGothic","IPAexGothic","Noto Sans CJK JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif;font-size:10pt;line-height:1.35;color:#111;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.receden-print *{box-sizing:border-box}
.receden-print .receipt{max-width:186mm;margin:0 auto 8mm;padding:4mm;border:1px solid #999;background:#fff}
.receden-print .receipt+.receipt{break-before:page;page-break-before:always}
.receden-print h1{font-size:13pt;margin:0 0 2mm;display:flex;justify-content:space-between;gap:4mm;flex-wrap:wrap}
.receden-print h1 small{font-size:9pt;font-weight:normal}
.receden-print h2{font-size:10pt;margin:1.5mm 0 0.8mm;padding:0.3mm 1.5mm;background:#e8e8e8;border-left:3px solid #555}
.receden-print h3{font-size:8.5pt;margin:0;padding-top:0.5mm}
.receden-print section.rec{display:grid;grid-template-columns:30mm minmax(0,1fr);gap:0 2mm;border-top:1px solid #ddd;padding:0.5mm 0}
.receden-print section.rec.patient{display:block;border-top:0}
.receden-print dl{display:flex;flex-wrap:wrap;gap:0.4mm 4mm;margin:0;padding:0.3mm 0}
.receden-print dl>div{display:flex;gap:1.5mm;align-items:baseline;border-bottom:1px dotted #bbb;min-width:0;max-width:100%}
.receden-print dt{font-size:7pt;color:#555;white-space:nowrap}
.receden-print dd{margin:0;overflow-wrap:anywhere}
.receden-print table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 1mm}
.receden-print th,.receden-print td{border:1px solid #999;padding:0.4mm 1mm;text-align:left;vertical-align:top;overflow-wrap:anywhere;font-size:8.5pt}
.receden-print thead th{background:#f0f0f0;font-weight:normal;font-size:7.5pt}
.receden-print td.n{text-align:right;font-variant-numeric:tabular-nums}
.receden-print .m{color:#333;font-size:8pt}
.receden-print .m::before{content:" "}
.receden-print .room{display:inline-block;min-width:30mm;border-bottom:1px dotted #999;color:#aaa;font-size:7pt}
.receden-print .masked{color:#666;font-size:8pt}
.receden-print .note{color:#555;font-size:8pt;margin:0 0 1mm}
.receden-print .returns{border:2px solid #b00;padding:1mm 2mm;margin:2mm 0}
.receden-print .returns h2{background:#fbe3e3;border-left-color:#b00}
.receden-print .returns ol{margin:0;padding:0;list-style:none}
.receden-print .reason{border-top:1px solid #e0b0b0;padding:1mm 0}
.receden-print .reason:first-child{border-top:0}
.receden-print .mark{display:inline-block;font-weight:bold;color:#b00;white-space:nowrap}
.receden-print .reason-text{font-weight:bold}
.receden-print tbody.practice tr.group th{background:#f6f6f6;font-weight:bold}
.receden-print tbody.practice.hl tr.group th,.receden-print tbody.practice.hl td{background:#fff1a8}
.receden-print tbody.practice.hl tr.group th::before{content:"▶ "}
.receden-print tbody.practice.hl{outline:2px solid #c77700}
.receden-print tr.reason-note td{background:#fde0e0 !important;color:#800;font-weight:bold}
.receden-print footer.pg{margin-top:1mm;font-size:7.5pt;color:#666;text-align:right}
@page{size:A4;margin:10mm}
@media print{.receden-print{font-size:8.5pt;line-height:1.25}.receden-print th,.receden-print td{font-size:7.5pt;padding:0.2mm 0.8mm}.receden-print h2{font-size:9pt}.receden-print .receipt{border:0;margin:0;padding:0;max-width:none}}
`.trim();
