/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The pictures of Model Monitor and Clarify reports: named PNG charts (drawn in the XChart house style of the
 * estimators' analytics charts) and one self-contained HTML page in which each chart is embedded and followed by its numbers.
 * A section can be marked (a violation, a drifted feature): its heading says why, it carries the CSS class
 * {@code violation} and a red border. Not part of the public API.
 */
public final class ReportPage {
    /** The width of a chart, in pixels. */
    public static final int WIDTH = 800;
    /** The height of a chart, in pixels. */
    public static final int HEIGHT = 500;
    /** The colour of a baseline series. */
    public static final Color BASELINE = new Color(0x1f77b4);
    /** The colour of a current series without violations. */
    public static final Color CURRENT = new Color(0x2ca02c);
    /** The colour of a current series with violations. */
    public static final Color VIOLATION = new Color(0xd62728);

    private final String title;
    private final List<String> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, byte[]> charts = new LinkedHashMap<>();

    /**
     * Starts a page.
     *
     * @param title the page title
     */
    public ReportPage(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** One part of the page: a heading, an optional chart, an optional note and a table. */
    public static final class Section {
        final String id;
        final String heading;
        final String mark;
        final byte[] png;
        final String note;
        final List<String> header;
        final List<List<String>> rows;
        final List<Boolean> rowMarks;

        /**
         * Creates a section.
         *
         * @param id       the anchor (and the chart's name, when there is one)
         * @param heading  the heading
         * @param mark     why the section is marked (e.g. the violated checks), or null
         * @param png      the chart, or null
         * @param note     a line of text under the heading, or null
         * @param header   the table's column names (empty: no table)
         * @param rows     the table's rows
         * @param rowMarks per row whether it is marked (null: none)
         */
        public Section(String id, String heading, String mark, byte[] png, String note, List<String> header,
                List<List<String>> rows, List<Boolean> rowMarks) {
            this.id = id;
            this.heading = heading;
            this.mark = mark;
            this.png = png == null ? null : png.clone();
            this.note = note;
            this.header = List.copyOf(header);
            this.rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            this.rowMarks = rowMarks == null ? null : List.copyOf(rowMarks);
        }
    }

    /**
     * Adds a paragraph under the page title.
     *
     * @param text the text
     * @return this page
     */
    public ReportPage intro(String text) {
        intro.add(text);
        return this;
    }

    /**
     * Adds a section; its chart (if any) is kept under the section's id.
     *
     * @param section the section
     * @return this page
     */
    public ReportPage add(Section section) {
        sections.add(section);
        if (section.png != null) {
            charts.put(section.id, section.png);
        }
        return this;
    }

    /**
     * The charts by name, in page order.
     *
     * @return the PNGs (the page's own arrays)
     */
    public Map<String, byte[]> charts() {
        return charts;
    }

    /**
     * A bar chart in the house style (800 × 500, white, legend inside, the labels turned when they would not fit
     * side by side).
     *
     * @param title  the title
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     * @param labels the bars' labels (to decide whether to turn them)
     * @return the chart
     */
    public static CategoryChart barChart(String title, String xTitle, String yTitle, List<String> labels) {
        headless();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        CategoryStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setDecimalPattern("#0.####");
        s.setAvailableSpaceFill(0.8);
        int widest = labels.stream().mapToInt(String::length).max().orElse(0);
        if ((widest + 2) * 8 * labels.size() > WIDTH - 100) {
            s.setXAxisLabelRotation(45);
        }
        return chart;
    }

    /**
     * The page as HTML.
     *
     * @return the self-contained HTML text
     */
    public String html() {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0 2em}")
                .append("th,td{border:1px solid #ccc;padding:2px 8px;text-align:right}")
                .append("th{background:#f3f3f3}img{max-width:100%}")
                .append("section.violation{border-left:6px solid #d62728;padding-left:1em}")
                .append("tr.violation td{background:#fde0e0}.mark{color:#d62728;font-weight:bold}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        for (String p : intro) {
            sb.append("<p>").append(escape(p)).append("</p>\n");
        }
        for (Section s : sections) {
            sb.append("<section id=\"").append(escape(s.id)).append('"');
            if (s.mark != null) {
                sb.append(" class=\"violation\"");
            }
            sb.append(">\n<h2>").append(escape(s.heading));
            if (s.mark != null) {
                sb.append(" <span class=\"mark\">violation: ").append(escape(s.mark)).append("</span>");
            }
            sb.append("</h2>\n");
            if (s.note != null) {
                sb.append("<p>").append(escape(s.note)).append("</p>\n");
            }
            if (s.png != null) {
                sb.append("<img alt=\"").append(escape(s.heading)).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(s.png)).append("\">\n");
            }
            if (!s.header.isEmpty()) {
                sb.append("<table>\n<tr>");
                for (String h : s.header) {
                    sb.append("<th>").append(escape(h)).append("</th>");
                }
                sb.append("</tr>\n");
                for (int i = 0; i < s.rows.size(); i++) {
                    boolean marked = s.rowMarks != null && i < s.rowMarks.size() && s.rowMarks.get(i);
                    sb.append(marked ? "<tr class=\"violation\">" : "<tr>");
                    for (String cell : s.rows.get(i)) {
                        sb.append("<td>").append(escape(cell)).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            }
            sb.append("</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /**
     * Writes each chart as {@code <prefix><name>.png} and the page as {@code <prefix><page>.html}, each whole or
     * not at all.
     *
     * @param directory the folder (created when missing)
     * @param prefix    the files' common prefix (may be empty)
     * @param page      the HTML file's base name
     * @return the files: the PNGs in page order, then the page
     */
    public List<Path> write(Path directory, String prefix, String page) {
        Objects.requireNonNull(directory, "directory");
        List<Path> written = new ArrayList<>();
        charts.forEach((name, png) -> written.add(write(directory.resolve(prefix + fileName(name) + ".png"), png)));
        written.add(write(directory.resolve(prefix + page + ".html"), html().getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    /**
     * Writes a file whole or not at all ({@link AtomicFiles}).
     *
     * @param file  the target
     * @param bytes the content
     * @return the file
     */
    public static Path write(Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
        return file;
    }

    /**
     * Makes AWT render without a display, unless the JVM was told otherwise with {@code -Djava.awt.headless=false}.
     */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A line chart in the house style: white background, legend inside the plot.
     *
     * @param title  the title
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     * @return the chart
     */
    public static XYChart lineChart(String title, String xTitle, String yTitle) {
        headless();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setSeriesColors(new Color[] {BASELINE});
        styler.setDecimalPattern("#0.####");
        return chart;
    }

    /**
     * Renders a chart as PNG.
     *
     * @param chart the chart
     * @return the PNG bytes
     */
    public static byte[] png(Chart<?, ?> chart) {
        headless();
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new StorageException("memory:png", "rendering the chart '" + chart.getTitle() + "' failed", false,
                    e);
        }
    }

    /**
     * A name safe in any file system: letters, digits, dot, dash and underscore.
     *
     * @param name any text
     * @return the name with other characters replaced by {@code _}
     */
    public static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    /**
     * A number as a table shows it.
     *
     * @param value the value
     * @return up to six significant digits, or empty for NaN
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * Text safe inside HTML.
     *
     * @param s any text
     * @return the text with {@code & < > "} escaped
     */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
