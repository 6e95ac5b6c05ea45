/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics.internal;

import dev.sagemaker4j.exceptions.StorageException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * Chart rendering shared by {@code TrainingJobAnalytics} and {@code ClassificationEvaluation}:
 * XChart charts to PNG, and PNGs with their numbers into one self-contained HTML page. Not part of
 * the public API.
 */
public final class Charts {
    /** Default width of a chart, in pixels. */
    public static final int WIDTH = 800;
    /** Default height of a chart, in pixels. */
    public static final int HEIGHT = 500;

    private static final Color[] SERIES_COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
    };

    private Charts() {
    }

    /**
     * Makes AWT render without a display (servers, CI, JShell), unless the JVM was told otherwise
     * with {@code -Djava.awt.headless=false}. Must run before the first chart is drawn.
     */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A line chart in the house style: white background, legend inside the plot, no markers.
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
        styler.setMarkerSize(0);
        styler.setSeriesColors(SERIES_COLORS);
        styler.setDecimalPattern("#0.####");
        return chart;
    }

    /**
     * A dashed grey stroke, for reference lines such as a ROC curve's diagonal.
     *
     * @return the stroke
     */
    public static BasicStroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
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
     * Writes a file whole or not at all (a temporary file renamed into place).
     *
     * @param file  the target
     * @param bytes the content
     * @return the file
     */
    public static Path write(Path file, byte[] bytes) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StorageException(absolute.toUri().toString(), "writing the file failed: " + e.getMessage(),
                    false, e);
        }
        return file;
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
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    /** One chart of an HTML page, with the numbers drawn in it. */
    public static final class Section {
        private final String title;
        private final byte[] png;
        private final List<String> header;
        private final List<List<String>> rows;

        /**
         * Creates a section.
         *
         * @param title  the heading
         * @param png    the chart, or an empty array for a table alone
         * @param header the table's column names
         * @param rows   the table's rows
         */
        public Section(String title, byte[] png, List<String> header, List<List<String>> rows) {
            this.title = title;
            this.png = png.clone();
            this.header = List.copyOf(header);
            this.rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A self-contained HTML page: each chart as an embedded PNG, followed by its numbers.
     *
     * @param title    the page title
     * @param sections the charts
     * @return the HTML text
     */
    public static String html(String title, List<Section> sections) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0 2em}")
                .append("th,td{border:1px solid #ccc;padding:2px 8px;text-align:right}")
                .append("th{background:#f3f3f3}img{max-width:100%}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        for (Section s : sections) {
            sb.append("<section>\n<h2>").append(escape(s.title)).append("</h2>\n");
            if (s.png.length > 0) {
                sb.append("<img alt=\"").append(escape(s.title)).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(s.png)).append("\">\n");
            }
            sb.append("<table>\n<tr>");
            for (String h : s.header) {
                sb.append("<th>").append(escape(h)).append("</th>");
            }
            sb.append("</tr>\n");
            for (List<String> row : s.rows) {
                sb.append("<tr>");
                for (String cell : row) {
                    sb.append("<td>").append(escape(cell)).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /**
     * Writes an HTML page.
     *
     * @param file the target
     * @param html the page
     * @return the file
     */
    public static Path writeHtml(Path file, String html) {
        return write(file, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
